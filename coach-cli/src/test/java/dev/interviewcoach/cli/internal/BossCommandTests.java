package dev.interviewcoach.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.core.Coach;
import dev.interviewcoach.core.Step;
import dev.interviewcoach.store.jdbc.JdbcMemoryStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coach boss} says what the session decides about the boss question: passed, open, or waiting and on what. */
class BossCommandTests {
    @TempDir
    Path home;

    /** Answers as the passing candidate in the program's store until the step {@code until} is pending. */
    private static void answerUntil(Path db, Predicate<Step> until) {
        try (var store = JdbcMemoryStores.sqlite(db)) {
            var session = Coach.builder().tracks(CliRun.TRACKS).grader(new PassingGrader(0.9, 0.79)).memoryStore(store)
                    .clock(CliRun.CLOCK).build().session(LearnerId.of("ada"), "backend");
            for (int i = 0; i < 200; i++) {
                var step = session.next().orElseThrow();
                if (until.test(step)) {
                    return;
                }
                session.submit(step.id(), Answer.of("An answer."));
            }
            throw new AssertionError("the step looked for never came");
        }
    }

    /** Answers until the boss question has been answered (and passed, with 0.79). */
    private static void passTheBoss(Path db) {
        var answered = new boolean[1];
        answerUntil(db, step -> {
            boolean done = answered[0];
            answered[0] |= step.reason() == StepReason.BOSS;
            return done;
        });
    }

    @Test
    void bossSaysTheBossQuestionWasPassedWithItsScoreOnceItWas() {
        var cli = new CliRun(home);
        passTheBoss(cli.db());

        var boss = cli.run("", "boss");

        assertThat(boss.code()).isZero();
        assertThat(boss.out()).contains("You passed the boss question (0.79, on 2026-12-03)", "coach boss --again")
                .doesNotContain("not open yet", "placed at");
    }

    @Test
    void theReportAndItsHtmlSayTheBossQuestionWasPassedWithTheScoreAndDayBossGives() throws IOException {
        var cli = new CliRun(home);
        passTheBoss(cli.db());
        String passed = "You passed the boss question (0.79, on 2026-12-03)";
        Path html = home.resolve("report.html");

        var report = cli.run("", "report");
        cli.run("", "report", "--html", html.toString());

        assertThat(cli.run("", "boss").out()).contains(passed);
        assertThat(report.out()).contains(passed);
        assertThat(Files.readString(html)).contains(passed);
    }

    @Test
    void theReportSaysWhatABossQuestionNotTakenYetWaitsFor() throws IOException {
        var cli = new CliRun(home);
        answerUntil(cli.db(), step -> step.reason() == StepReason.PRACTICE
                && step.challenge().conceptId().equals("system-design") && step.challenge().level() == ChallengeLevel.DESIGN);
        Path html = home.resolve("report.html");

        String report = cli.run("", "report").out().replaceAll("\\s+", " ");
        cli.run("", "report", "--html", html.toString());

        String line = report.substring(report.indexOf("You have not taken the boss question yet: it waits for: "));
        line = line.substring(0, line.indexOf(").") + 2);
        assertThat(line).contains("System design basics").endsWith(" (`coach boss` says what each needs).")
                .doesNotContain("Concurrency and async work");
        assertThat(cli.run("", "boss").out()).contains("- System design basics: ");
        assertThat(Files.readString(html).replaceAll("\\s+", " ")).contains(Html.esc(line).replace("`coach boss`",
                "<code>coach boss</code>"));
    }

    @Test
    void bossAgainAsksAPassedBossQuestionOnceMore() {
        var cli = new CliRun(home);
        passTheBoss(cli.db());

        var again = cli.run(":quit\n", "boss", "--again");

        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("boss question", "The boss question again, as you asked");
        assertThat(CliRun.state(cli.db(), "ada", "backend").orElseThrow().pendingStep())
                .hasValueSatisfying(p -> assertThat(p.reason()).isEqualTo(StepReason.BOSS));
    }

    @Test
    void bossNamesWhatTheBossQuestionWaitsForAndNotARungPlacedAboveTheBossRung() {
        var cli = new CliRun(home);
        // every concept is placed at PRESSURE and passes DESIGN in practice, the last one not yet
        answerUntil(cli.db(), step -> step.reason() == StepReason.PRACTICE
                && step.challenge().conceptId().equals("system-design") && step.challenge().level() == ChallengeLevel.DESIGN);

        var boss = cli.run("", "boss");

        assertThat(boss.out()).contains("The boss question is not open yet", "- System design basics: DESIGN is not "
                + "confirmed by your own answers yet").doesNotContain("placed at", "Concurrency and async work");
    }

    @Test
    void bossAgainBeforeTheBossQuestionWasPassedIsRefusedWithExitCodeOneAsOtherRefusalsAre() {
        var cli = new CliRun(home);
        var before = cli.run("", "boss", "--again");
        cli.run(":quit\n");

        var again = cli.run("", "boss", "--again");

        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("You have not passed the boss question yet, so there is none to answer again",
                "`coach boss` says what it waits for", "Nothing was changed.");
        assertThat(again.out()).as("refused before the heading of a run").isEmpty();
        assertThat(before.code()).as("without any data yet").isEqualTo(1);
        assertThat(before.err()).contains("You have not passed the boss question yet");
        assertThat(cli.run("", "--help").out().replaceAll("\\s+", " ")).contains("`boss --again` before the boss "
                + "question was passed; nothing was changed");
    }
}
