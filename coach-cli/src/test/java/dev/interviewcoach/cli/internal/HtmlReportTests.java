package dev.interviewcoach.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
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
    void eachRowOfTheMapClosesWithTheRungHeldAndTheNextReviewAsTheTerminalsMapDoes() throws Exception {
        String svg = html.substring(html.indexOf("<svg id=\"readiness-map\""), html.indexOf("</svg>") + 6);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        var texts = doc.getElementsByTagName("text");
        var tails = new java.util.ArrayList<String>();
        for (int i = 0; i < texts.getLength(); i++) {
            var t = (Element) texts.item(i);
            if (t.getAttribute("class").equals("tail")) {
                tails.add(t.getTextContent());
            }
        }
        int concepts = ReportFixture.cells() / 5;
        assertThat(tails).hasSize(concepts + 1).first().isEqualTo("held / next review");
        assertThat(tails.subList(1, tails.size())).allSatisfy(t -> assertThat(t).matches("(—|[A-Z]+( \\(placed\\))?).*"));
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

    @Test
    void aFollowUpShowsItsOwnQuestionAndCriterionInWordsAndASkipAndAHintDiscountSayWhatTheyCounted() {
        var store = dev.interviewcoach.core.MemoryStores.inMemory();
        var session = dev.interviewcoach.core.Coach.builder().tracks(CliRun.TRACKS).memoryStore(store)
                .clock(CliRun.CLOCK).build().session(dev.interviewcoach.api.LearnerId.of("ada"), "backend");
        var first = session.next().orElseThrow();
        session.skip(first.id());
        // the diagnosis out of the way with weak answers, then a weak practice answer gets a follow-up
        dev.interviewcoach.core.Step step = session.next().orElseThrow();
        for (int i = 0; i < 40 && step.reason() != dev.interviewcoach.api.StepReason.FOLLOW_UP; i++) {
            var answer = step.reason() == dev.interviewcoach.api.StepReason.DIAGNOSTIC
                    ? dev.interviewcoach.api.Answer.of("I am not sure, maybe a cache?")
                    : dev.interviewcoach.api.Answer.of("It depends on the load, I would check the logs.").withHintsUsed(1);
            session.submit(step.id(), answer);
            step = session.next().orElseThrow();
        }
        assertThat(step.reason()).isEqualTo(dev.interviewcoach.api.StepReason.FOLLOW_UP);
        session.submit(step.id(), dev.interviewcoach.api.Answer.of("It depends, I would check the logs."));
        var attempts = store.attempts(dev.interviewcoach.spi.AttemptQuery.all(session.learnerId()));
        String page = HtmlReport.render(session.readiness(), session.track(), attempts, "");

        var original = FollowUpIds.of(step.challenge().id()).orElseThrow();
        var criterion = session.track().challenge(original.originalId()).orElseThrow().rubric()
                .criterion(original.criterionId()).orElseThrow();
        assertThat(page).contains(Html.esc(step.challenge().prompt().text()), Html.esc(criterion.description()))
                .contains("skipped (counted as 0)", "Counted as evidence:", "1 hint used", " · not yet");
    }

    @Test
    void aLongAnswerIsCutWithAMarkerThatCountsWhatIsLeftOutAndStillShowsThePassagesItsGradeQuotedAfterTheCut() {
        var session = dev.interviewcoach.core.Coach.builder().tracks(CliRun.TRACKS).clock(CliRun.CLOCK).build()
                .session(dev.interviewcoach.api.LearnerId.of("ada"), "backend");
        var challenge = session.track().challenges().get(0);
        var criteria = challenge.rubric().criteria();
        String filler = "We kept watching the dashboards & <logs> while it ran. ";
        var text = new StringBuilder(filler.repeat(90));
        int first = text.length();
        text.append("Then the idempotency key makes a retry return the first result. ").append(filler.repeat(60));
        int second = text.length();
        text.append("A unique index backs it up. ").append(filler.repeat(60));
        String answer = text.toString();
        var met = new dev.interviewcoach.api.CriterionResult(criteria.get(0).id(), dev.interviewcoach.api.CriterionOutcome.MET,
                1, List.of(new dev.interviewcoach.api.EvidenceSpan(first + 9, first + 24)), "");
        var partly = new dev.interviewcoach.api.CriterionResult(criteria.get(1).id(),
                dev.interviewcoach.api.CriterionOutcome.PARTLY_MET, 0.5,
                List.of(new dev.interviewcoach.api.EvidenceSpan(second + 2, second + 14)), "");
        var grade = dev.interviewcoach.api.Grade.ok(0.8, List.of(met, partly), List.of(), List.of(), "", "rubric", "1");
        var attempt = new dev.interviewcoach.api.Attempt("a1", session.learnerId(), "backend", challenge.id(),
                challenge.conceptId(), challenge.level(), dev.interviewcoach.api.StepReason.PRACTICE,
                dev.interviewcoach.api.Answer.of(answer), grade, CliRun.CLOCK.instant());

        String page = HtmlReport.render(session.readiness(), session.track(), List.of(attempt), "");

        String quote = page.substring(page.indexOf("<blockquote>") + 12, page.indexOf("</blockquote>"));
        assertThat(quote).as("the highlights after the cut are kept").contains("<mark>idempotency key</mark>",
                "<mark>unique index</mark>", "Then the <mark>");
        assertThat(quote).as("escaped, cut or not").contains("&amp; &lt;logs&gt;").doesNotContain("<logs>");
        var said = Pattern.compile("<span class=\"cut\">… ([\\d,]+) (more )?characters not shown[^<]*</span>")
                .matcher(quote);
        int notShown = 0;
        int markers = 0;
        while (said.find()) {
            notShown += Integer.parseInt(said.group(1).replace(",", ""));
            markers++;
        }
        assertThat(markers).as("before each passage after the cut, and after the last").isEqualTo(3);
        assertThat(quote).contains("more characters not shown");
        String shown = said.replaceAll("").replace("<mark>", "").replace("</mark>", "").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
        assertThat(shown.length()).as("what is shown and what is said to be left out make the whole answer")
                .isEqualTo(answer.length() - notShown);
        assertThat(shown.length()).isLessThan(answer.length() / 2);
        assertThat(quote).startsWith(Html.esc(filler.substring(0, 40)));
    }
}
