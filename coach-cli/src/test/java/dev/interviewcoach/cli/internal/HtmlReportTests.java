package dev.interviewcoach.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The HTML report is one self-contained file: the map as SVG (one cell per concept × rung), the chart and the answers. */
class HtmlReportTests {
    static String html;

    @BeforeAll
    static void render() {
        html = ReportFixture.html();
    }

    @Test
    void theReadinessMapIsAWellFormedSvgWithOneCellPerConceptAndRung() throws Exception {
        String svg = html.substring(html.indexOf("<svg id=\"readiness-map\""), html.indexOf("</svg>") + 6);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        var groups = doc.getElementsByTagName("g");
        var seen = new HashSet<String>();
        for (int i = 0; i < groups.getLength(); i++) {
            var g = (Element) groups.item(i);
            assertThat(g.getAttribute("class")).isEqualTo("cell");
            assertThat(g.getElementsByTagName("rect").getLength()).isEqualTo(1);
            seen.add(g.getAttribute("data-concept") + "/" + g.getAttribute("data-rung"));
        }
        assertThat(groups.getLength()).isEqualTo(ReportFixture.cells());
        assertThat(seen).hasSize(ReportFixture.cells()).contains("http/DEFINE", "system-design/PRESSURE");
    }

    @Test
    void theFileFetchesNothingAndRunsNoScript() {
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("src=", "href=", "url(", "@import");
        // an address may stand in a question's text; none stands inside a tag, where it could be fetched
        assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContainPattern("<[^>]*https?://");
        assertThat(html).contains("<style>");
    }

    @Test
    void theAnswersAreEscapedAndTheirEvidenceIsMarked() {
        assertThat(html).contains("ada &lt;script&gt;", "&lt;/blockquote&gt;&lt;b&gt;&amp;amp;&lt;/b&gt;");
        assertThat(html).contains("<mark>", "<article class=\"attempt\">", "score ");
        assertThat(html.split("<article class=\"attempt\">", -1)).hasSize(7);
    }

    @Test
    void theScoresOverTimeChartHasADotPerGradedAnswer() {
        String chart = html.substring(html.indexOf("<svg id=\"scores-over-time\""));
        chart = chart.substring(0, chart.indexOf("</svg>"));
        assertThat(chart.split("<circle", -1)).hasSize(7);
        assertThat(chart).contains("<polyline");
    }

    @Test
    void theMasteryOverTimeChartHasALinePerConceptTheAnswersMoved() throws Exception {
        String chart = html.substring(html.indexOf("<svg id=\"mastery-over-time\""));
        chart = chart.substring(0, chart.indexOf("</svg>") + 6);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(chart.getBytes(StandardCharsets.UTF_8)));
        var lines = doc.getElementsByTagName("polyline");
        assertThat(lines.getLength()).isBetween(1, ReportFixture.cells() / 5);
        for (int i = 0; i < lines.getLength(); i++) {
            assertThat(((Element) lines.item(i)).getAttribute("data-concept")).isNotBlank();
        }
    }
}
