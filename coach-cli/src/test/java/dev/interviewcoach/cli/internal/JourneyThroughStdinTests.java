package dev.interviewcoach.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.StepReason;
import java.io.ByteArrayInputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The journey driven through piped standard input: what it prints and what it stores. */
class JourneyThroughStdinTests {
    @TempDir
    Path home;

    @Test
    void aNewLearnerStartsWithTheDiagnosisShowsProgressAndStoresEveryAnswer() {
        var cli = new CliRun(home);
        var result = cli.run("GET is safe and idempotent; PUT is idempotent too.\n\n\nI do not know.\n\n\n:quit\n");
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("diagnosis: question 1 of at most 20", "diagnosis: question 2 of at most 20",
                "Finish with an empty line twice", "Score ", "Next: diagnosis", "Stopped. Everything you answered is saved");
        var attempts = CliRun.attempts(cli.db(), "ada");
        assertThat(attempts).extracting(a -> a.answer().text())
                .containsExactly("GET is safe and idempotent; PUT is idempotent too.", "I do not know.");
        assertThat(attempts).allMatch(a -> a.reason() == StepReason.DIAGNOSTIC);
    }

    @Test
    void eachQuestionAfterTheFirstRecapsTheLastAnswersVerdictUnderItsHeading() {
        var cli = new CliRun(home);
        var out = cli.run("I do not know.\n\n\n:skip\n:quit\n").out();
        var second = out.substring(out.indexOf("Question 2"));
        var third = out.substring(out.indexOf("Question 3"));

        assertThat(out.substring(0, out.indexOf("Question 2"))).doesNotContain("Your last answer:");
        assertThat(second.lines().skip(1).findFirst().orElseThrow()).matches("Your last answer: question 1 scored "
                + "\\d\\.\\d\\d, (passed|not yet) \\(its feedback is above\\)");
        assertThat(third.lines().skip(1).findFirst().orElseThrow()).startsWith("Your last answer: question 2 skipped");
    }

    @Test
    void anAnswerToAQuestionAnotherSessionAnsweredMeanwhileIsShownBackAndNoRecapClaimsTheLastAnswer() {
        var cli = new CliRun(home);
        var before = new ByteArrayInputStream("I do not know.\n\n\n:skip\n".getBytes(StandardCharsets.UTF_8));
        // read once this run waits for its answer to question 3: another run of the learner answers it first
        java.util.Enumeration<java.io.InputStream> then = java.util.Collections.enumeration(java.util.List.of(before,
                new java.io.InputStream() {
                    private java.io.InputStream typed;

                    @Override
                    public int read() throws java.io.IOException {
                        if (typed == null) {
                            assertThat(new CliRun(home).run("Answered elsewhere.\n\n\n:quit\n").code()).isZero();
                            typed = new ByteArrayInputStream("My own answer,\nover two lines.\n\n\n:quit\n"
                                    .getBytes(StandardCharsets.UTF_8));
                        }
                        return typed.read();
                    }
                }));
        var out = cli.run(new SequenceInputStream(then)).out();

        assertThat(out).contains("This question was answered in another session meanwhile",
                "Not sent, so not kept: what you typed for question 3", "-----\nMy own answer,\nover two lines.\n-----");
        var current = out.substring(out.lastIndexOf("Question 4"));
        assertThat(current).as("this run's last answer (question 2 skipped) was not the learner's last")
                .doesNotContain("Your last answer");
        assertThat(CliRun.attempts(cli.db(), "ada")).extracting(a -> a.answer().text())
                .doesNotContain("My own answer,\nover two lines.").contains("Answered elsewhere.");
    }

    @Test
    void aGraderThatFailsOnThreeAnswersInARowStopsTheRunAndSaysSoWithEveryAnswerStored() {
        var cli = new CliRun(home);
        var answers = "First answer.\n\n\nSecond answer.\n\n\nThird answer.\n\n\nFourth answer.\n\n\n:quit\n";
        var result = cli.run(answers, "--grader", "down");
        assertThat(result.code()).isEqualTo(Journey.GRADER_DOWN);
        assertThat(result.out()).contains("Not graded: the grading service did not answer",
                "The grader (down) failed on your last 3 answers");
        assertThat(result.out().replaceAll("\\s+", " ")).contains("run `coach --grader down` again later");
        assertThat(CliRun.attempts(cli.db(), "ada")).extracting(a -> a.answer().text())
                .containsExactly("First answer.", "Second answer.", "Third answer.");
    }

    @Test
    void quittingKeepsTheOpenQuestionAndTheNextRunResumesIt() {
        var cli = new CliRun(home);
        var first = cli.run("An answer.\n\n\n:quit\n");
        String question = questionLine(first.out(), 2);
        var second = cli.run(":quit\n");
        assertThat(questionLine(second.out(), 1)).isEqualTo(question);
        assertThat(CliRun.attempts(cli.db(), "ada")).hasSize(1);
        assertThat(CliRun.state(cli.db(), "ada", "backend").orElseThrow().pendingStep()).isPresent();
    }

    @Test
    void theWordsThatSayHowToGoOnRepeatTheOptionsThisRunWasGiven() {
        var cli = new CliRun(home);
        var result = cli.run(":quit\n", "--learner", "bob", "--track", "backend");
        assertThat(result.out().replaceAll("\\s+", " ")).contains("run `coach --learner bob --track backend` to go on");
        assertThat(cli.run(":quit\n").out()).contains("run `coach` to go on");
    }

    @Test
    void theEndOfInputFinishesAnAnswerAndItIsStored() {
        var cli = new CliRun(home);
        var result = cli.run("Line one of the answer.\nLine two.");
        assertThat(result.code()).isZero();
        assertThat(CliRun.attempts(cli.db(), "ada")).singleElement()
                .satisfies(a -> assertThat(a.answer().text()).isEqualTo("Line one of the answer.\nLine two."));
    }

    @Test
    void aHintIsShownAndCountedWithTheAnswer() {
        var cli = new CliRun(home);
        var result = cli.run(":hint\nMy answer after a hint.\n\n\n:quit\n");
        assertThat(result.out()).contains("Hint 1: ");
        assertThat(CliRun.attempts(cli.db(), "ada")).singleElement()
                .satisfies(a -> assertThat(a.answer().hintsUsed()).isEqualTo(1));
    }

    @Test
    void aSkipIsRecordedAsASkippedAttemptAndShowsWhatAGoodAnswerCovers() {
        var cli = new CliRun(home);
        var result = cli.run(":skip\n:quit\n");
        assertThat(result.out()).contains("Skipped: counted as a score of 0.", "A good answer covers");
        assertThat(CliRun.attempts(cli.db(), "ada")).singleElement()
                .satisfies(a -> assertThat(a.answer().skipped()).isTrue());
    }

    @Test
    void theEndOfTheDiagnosisSaysWhereEachConceptStarts() {
        var cli = new CliRun(home);
        var result = cli.run("I am not sure, maybe a cache.\n\n\n".repeat(21) + ":quit\n");
        assertThat(result.out()).contains("The diagnosis is complete. Where you start:", "HTTP and web fundamentals: ");
        String after = result.out().substring(result.out().lastIndexOf("Placement question"));
        assertThat(after.indexOf("The diagnosis is complete")).as("the placements come before what comes next")
                .isLessThan(after.indexOf("Next: "));
    }

    @Test
    void aRungThePlacementAloneHoldsSaysHowSureItIsAndOneAnswersConfirmedDoesNot() {
        var placed = new dev.interviewcoach.core.Readiness.Concept("caching", "Caching",
                java.util.Optional.of(dev.interviewcoach.api.ChallengeLevel.DESIGN),
                dev.interviewcoach.core.Readiness.HeldBy.PLACEMENT, 0.557, java.util.List.of(), java.util.List.of(),
                java.util.List.of(), java.util.Optional.empty(), 0.5);
        assertThat(DiagnosisView.placement(placed)).isEqualTo("Caching: holds DESIGN (55 % sure)");
        var confirmed = new dev.interviewcoach.core.Readiness.Concept("caching", "Caching",
                java.util.Optional.of(dev.interviewcoach.api.ChallengeLevel.DESIGN),
                dev.interviewcoach.core.Readiness.HeldBy.CONFIRMED, 0.557, java.util.List.of(), java.util.List.of(),
                java.util.List.of(), java.util.Optional.empty(), 0.5);
        assertThat(DiagnosisView.placement(confirmed)).isEqualTo("Caching: holds DESIGN");
    }

    @Test
    void aSkipOrQuitOnItsOwnLineActsAfterLinesOfADraftToo() {
        var cli = new CliRun(home);
        var result = cli.run("a first line of a draft\n:skip\nanother draft\n:quit\n");
        assertThat(result.out()).contains("Skipped: counted as a score of 0.");
        assertThat(CliRun.attempts(cli.db(), "ada")).singleElement()
                .satisfies(a -> assertThat(a.answer().skipped()).isTrue());
        assertThat(CliRun.state(cli.db(), "ada", "backend").orElseThrow().pendingStep()).as("quit, nothing sent")
                .isPresent();
        assertThat(result.out()).as("what was typed and dropped is shown, not lost silently")
                .contains("Not sent, so not kept", "-----\nanother draft\n-----");
    }

    @Test
    void feedbackQuotesTheEvidenceOfMetCriteriaAndSaysWhatWasExpectedOfMissedOnes() {
        var cli = new CliRun(home);
        var first = cli.run(":quit\n");
        var pending = CliRun.state(cli.db(), "ada", "backend").orElseThrow().pendingStep().orElseThrow();
        var challenge = CliRun.TRACKS.load("backend").challenge(pending.challengeId()).orElseThrow();
        assertThat(first.out()).contains("Question 1");
        String strong = challenge.samples().stream().filter(s -> s.kind() == dev.interviewcoach.api.SampleKind.STRONG)
                .map(dev.interviewcoach.api.CalibrationSample::text).findFirst().orElseThrow();
        var result = cli.run(strong.replace("\n\n", "\n") + "\n\n\n:quit\n");
        assertThat(result.out()).contains("✓ Met: ").containsPattern("✓ Met: [^\\n]*(\\n    [^\\n]*)*— “");
        assertThat(result.out()).contains("Mastery", "Next: ");
        var weak = cli.run("Something vague.\n\n\n:quit\n");
        assertThat(weak.out()).contains("✗ Missed: ").contains("Expected: ");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aOneMegabytePasteIsRefusedWithAMessageAndTheQuestionStaysOpen() {
        var cli = new CliRun(home);
        var paste = new ByteArrayInputStream(("word ".repeat(200_000) + "\n").getBytes(StandardCharsets.UTF_8));
        var rest = new ByteArrayInputStream("\n\nA short answer.\n\n\n:quit\n".getBytes(StandardCharsets.UTF_8));
        var result = cli.run(new SequenceInputStream(paste, rest));
        assertThat(result.out().replaceAll("\\s+", " ")).contains("answers are limited to 65,536 bytes",
                "Nothing was graded or stored", "It is too long to print back here.")
                .as("a line longer than the reader keeps is over what was read, not that size")
                .contains("That answer is over 262,14");
        assertThat(CliRun.attempts(cli.db(), "ada")).extracting(a -> a.answer().text()).containsExactly("A short answer.");
    }

    @Test
    void anAnswerOverTheSizeLimitIsPrintedBackBetweenLinesAsCtrlCDoesAndItsMessageIsWrapped() {
        var cli = new CliRun(home).var("COLUMNS", "60");
        var answer = new StringBuilder();
        for (int i = 0; answer.length() <= 70_000; i++) {
            answer.append("Line ").append(i).append(" of a long answer about retries, timeouts and idempotency keys.\n");
        }
        String typed = answer.toString().strip();
        var result = cli.run(typed + "\n\n\nA short answer.\n\n\n:quit\n");

        String out = result.out();
        assertThat(out.replaceAll("\\s+", " ")).containsPattern("That answer is 70,[0-9]{3} bytes; answers are limited "
                + "to 65,536 bytes\\. Nothing was graded or stored; the question is still open");
        assertThat(out).as("handed back whole, to copy").contains("-----\n" + typed + "\n-----\n");
        String message = out.substring(out.indexOf("That answer is"), out.indexOf("-----"));
        assertThat(message.lines()).as("wrapped at the terminal's width, between words").hasSizeGreaterThan(2)
                .allSatisfy(l -> assertThat(l.length()).isLessThan(60))
                .allSatisfy(l -> assertThat(l).doesNotEndWith(" ").doesNotStartWith(" "));
        assertThat(message).contains("Not sent, so not kept");
        assertThat(CliRun.attempts(cli.db(), "ada")).extracting(a -> a.answer().text()).containsExactly("A short answer.");
    }

    @Test
    void aPressureQuestionShowsItsTimeLimitAndWordBudgetAndTheWordCountInThePrompt() {
        var cli = new CliRun(home);
        var result = cli.run("one two three\n\n\n:quit\n", "--track", PressureDrillProvider.TRACK);
        assertThat(result.out()).contains("Time limit ", " words").containsPattern("\\[\\d+:\\d\\d left · 0/\\d+ words\\] > ");
    }

    @Test
    void aTimedQuestionLeftAndTakenUpAgainSaysItsClockKeptRunningAndWhatIsLeft() {
        var cli = new CliRun(home);
        var first = cli.run(":quit\n", "--track", PressureDrillProvider.TRACK);
        assertThat(first.out()).contains("Its clock keeps running meanwhile").doesNotContain("clock kept running");
        var later = cli.clock(java.time.Clock.offset(CliRun.CLOCK, java.time.Duration.ofSeconds(40)))
                .run(":quit\n", "--track", PressureDrillProvider.TRACK);
        assertThat(later.out()).contains("was shown 0:40 ago and its clock kept running")
                .containsPattern("\\d:\\d\\d of \\d:\\d\\d left");
    }

    @Test
    void theCommandsTheCoachSuggestsAreSpelledAsTheLaunchingScriptSaysItWasStarted() {
        var cli = new CliRun(home);
        System.setProperty("coach.command", "./coach");
        try {
            var result = cli.run(":quit\n");
            assertThat(result.out()).contains("run `./coach` to go on").doesNotContain("run `coach` to go on");
        } finally {
            System.clearProperty("coach.command");
        }
        assertThat(cli.run(":quit\n").out()).contains("run `coach` to go on");
    }

    @Test
    void aSessionEndsWhenTheSessionLengthIsUpAndSaysSo() {
        var cli = new CliRun(home);
        cli.run("", "profile", "--session-length", "1");
        var result = cli.clock(new AdvancingClock(java.time.Duration.ofSeconds(20))).run("An answer.\n\n\nAnother.\n\n\n");
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("That is the 1 minutes you set for a session");
        assertThat(CliRun.attempts(cli.db(), "ada")).hasSize(1);
    }

    private static String questionLine(String out, int nth) {
        return out.lines().filter(l -> l.startsWith("Question ")).skip(nth - 1).findFirst().orElseThrow();
    }
}
