package dev.interviewcoach.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A question's prose wraps at the terminal's width, and its logs stay one line each, continued under themselves. */
class PromptLayoutTests {
    private static final String SCENARIO = """
            The API runs on 4 app instances behind a cloud load balancer. App CPU stays under 30%,
            and p99 latency of successful requests is unchanged.

            # load balancer access log (trimmed)
            2024-05-14T02:13:07.980Z GET /api/orders/991 target=10.0.3.17:8080 status=200 target_status=200 request_id=7f3b
            2024-05-14T02:13:08.101Z GET /api/orders/992 target=10.0.3.18:8080 status=200 target_status=200 request_id=7f3c
            """;

    @Test
    void proseHardWrappedByTheAuthorFlowsAtTheTerminalsWidthAndALogLineContinuesIndentedUnderItself() {
        String shown = new Style(false, 80).wrap(PromptLayout.of(SCENARIO), "  ");
        var lines = shown.lines().toList();
        assertThat(shown.replaceAll("\\s+", " ")).contains("App CPU stays under 30%, and p99 latency");
        assertThat(shown).contains("under 30%, and p99 latency of successful requests is unchanged.");
        assertThat(lines).allSatisfy(l -> assertThat(Style.visibleLength(l)).isLessThanOrEqualTo(80));
        int first = lines.indexOf(lines.stream().filter(l -> l.contains("07.980Z")).findFirst().orElseThrow());
        assertThat(lines.get(first + 1)).as("the rest of the log line, indented under it").startsWith("     ")
                .contains("request_id=7f3b").doesNotContain("2024-05-14");
        assertThat(lines.stream().filter(l -> l.contains("2024-05-14")).toList()).hasSize(2)
                .allSatisfy(l -> assertThat(l).startsWith("   2024"));
    }

    @Test
    void aListOrAHeadingIsKeptAsItWas() {
        String text = "Constraints:\n- one instance\n- no downtime";
        assertThat(PromptLayout.of(text)).isEqualTo(text);
        assertThat(PromptLayout.prose(java.util.List.of("A sentence that goes", "on here."))).isTrue();
    }
}
