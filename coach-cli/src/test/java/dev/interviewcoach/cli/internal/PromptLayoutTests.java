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

    /** How many spaces a line starts with. */
    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }

    @Test
    void everyLineOfACodeBlockStartsAtTheBlocksColumnAndAWrappedOneContinuesTwoColumnsDeeper() {
        // a snippet whose one line aligned by a run of spaces ("return response(429);      // no headers added")
        // sat a column left of the others, and a request list aligned the same way
        var challenge = CliRun.TRACKS.load("backend").challenge("system-design.debug.rate-limit-keyed-by-lb-ip")
                .orElseThrow();
        String shown = new Style(false, 60).wrap(PromptLayout.of(challenge.prompt().fullText()), "  ");

        var lines = shown.lines().toList();
        var block = lines.subList(lines.indexOf(lines.stream().filter(l -> l.contains("# limiter")).findFirst()
                .orElseThrow()), lines.size()).stream().filter(l -> !l.isBlank()).toList();
        var sources = challenge.prompt().scenario().orElseThrow().strip().lines().filter(l -> !l.isBlank()).toList();
        var starts = block.stream().filter(l -> indent(l) == 3).toList();
        assertThat(block).allSatisfy(l -> assertThat(indent(l)).as(l).isIn(3, 5))
                .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(60));
        assertThat(starts).as("each line of the block starts at its column, and only those").hasSameSizeAs(sources);
        for (int i = 0; i < sources.size(); i++) {
            assertThat(sources.get(i).replaceAll(" +", " ")).startsWith(starts.get(i).strip().replaceAll(" +", " "));
        }
        assertThat(block).as("a line too long continues two columns deeper").anySatisfy(l -> assertThat(indent(l)).isEqualTo(5));
        assertThat(starts).anySatisfy(l -> assertThat(l).startsWith("   if (n > 100) return response(429);"));
    }

    @Test
    void aLogWhoseLinesAreAlignedByRunsOfSpacesOnlySometimesKeepsAllItsLinesInOneColumn() {
        String text = "Why do the requests fail?\n\nApp log:\n09:00:01 GET /a  200  12 ms\n"
                + "09:00:02 GET /b 200 13 ms user-agent=a-long-agent-string that runs past the edge of a narrow window\n"
                + "09:00:03 GET /c  200  15 ms\n    at Handler.run(Handler.java:42)";
        var lines = new Style(false, 60).wrap(PromptLayout.of(text), "  ").lines().toList();

        assertThat(lines.stream().filter(l -> l.strip().startsWith("09:")).toList()).hasSize(3)
                .allSatisfy(l -> assertThat(indent(l)).isEqualTo(3));
        assertThat(lines).contains("   App log:", "       at Handler.run(Handler.java:42)");
        int long_ = lines.indexOf(lines.stream().filter(l -> l.contains("09:00:02")).findFirst().orElseThrow());
        assertThat(indent(lines.get(long_ + 1))).as("its continuation, deeper than the block").isEqualTo(5);
    }

    @Test
    void aProseParagraphThatIntroducesABlockWithAColonIsJoinedAsProse() {
        String text = "The partner pages through GET /v1/orders with offset and limit, while\n"
                + "shoppers keep placing orders. The endpoint runs:\n\n  SELECT * FROM orders LIMIT 100 OFFSET $1;";
        assertThat(PromptLayout.of(text)).startsWith("The partner pages through GET /v1/orders with offset and limit, "
                + "while shoppers keep placing orders. The endpoint runs:\n\n");
    }

    @Test
    void theQuestionAFollowUpFollowsShowsItsScenarioBlocksAsTheQuestionDidFourColumnsIn() {
        var original = CliRun.TRACKS.load("backend").challenge("system-design.debug.rate-limit-keyed-by-lb-ip")
                .orElseThrow();
        var followUp = original.followUpChallenge(original.followUps().get(0).criterionId()).orElseThrow();
        var step = new dev.interviewcoach.core.Step("s2", followUp, dev.interviewcoach.api.StepReason.FOLLOW_UP,
                "A follow-up.", 2, CliRun.CLOCK.instant());

        String shown = StepView.followedQuestion(step, CliRun.TRACKS.load("backend"), new Style(false, 60)).orElseThrow();

        var lines = shown.lines().toList();
        var block = lines.subList(lines.indexOf(lines.stream().filter(l -> l.contains("# limiter")).findFirst()
                .orElseThrow()), lines.size()).stream().filter(l -> !l.isBlank()).toList();
        assertThat(block).allSatisfy(l -> assertThat(indent(l)).as(l).isIn(5, 7))
                .anySatisfy(l -> assertThat(indent(l)).isEqualTo(7));
        assertThat(lines).contains("     if (n > 100) return response(429);      // no headers");
    }
}
