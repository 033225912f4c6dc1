package dev.interviewcoach.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program in a real pseudo-terminal (tmux): the countdown of a pressure question runs down while
 * the candidate types, the word count follows the line being edited, line editing works, text wraps
 * to a window resized mid-session, Ctrl-D after the last word sends the answer, Ctrl-C mid-answer keeps
 * what was saved, Ctrl-C or Ctrl-D at the offer of the demo stops the program, Ctrl-C stops the {@code coach}
 * script's build, and nothing typed is kept
 * in a file beside the learner store.
 */
class PseudoTerminalTests {
    private static final Pattern COUNTDOWN = Pattern.compile("\\[(\\d+):(\\d\\d) left · (\\d+)/(\\d+) words]");

    @TempDir
    Path home;

    private final String socket = "coach-test-" + UUID.randomUUID();
    private Path tmux;

    @AfterEach
    void stopTmux() throws Exception {
        if (tmux != null) {
            tmux("kill-server");
        }
    }

    @Test
    void theCountdownRunsTheWordCountFollowsEditingTheNextTimedQuestionWaitsForEnterAndCtrlCKeepsWhatWasSaved() throws Exception {
        tmux = Tools.require("the pseudo-terminal test", "tmux");
        Path db = home.resolve("coach.db");
        String command = coach(db, " --track " + PressureDrillProvider.TRACK) + "; echo \"exit code $?\"; sleep 120";
        tmux("new-session", "-d", "-s", "coach", "-x", "150", "-y", "50", command);

        waitFor(s -> s.contains("Watch a one-minute demo"), "the offer of the demo on a first run");
        tmux("send-keys", "-t", "coach", "n", "Enter");
        String gate = waitFor(s -> s.contains(READY), "the offer to start the first timed question");
        assertThat(gate).as("the first timed question is not shown, and its clock not started, before Enter")
                .doesNotContain("Question 1");
        tmux("send-keys", "-t", "coach", "Enter");
        String first = waitFor(s -> COUNTDOWN.matcher(s).find(), "the countdown");
        var before = COUNTDOWN.matcher(first);
        assertThat(before.find()).isTrue();
        int secondsBefore = Integer.parseInt(before.group(1)) * 60 + Integer.parseInt(before.group(2));

        tmux("send-keys", "-t", "coach", "-l", "two thre");
        tmux("send-keys", "-t", "coach", "BSpace", "BSpace", "BSpace", "BSpace");
        tmux("send-keys", "-t", "coach", "-l", "three");
        tmux("send-keys", "-t", "coach", "C-a");
        tmux("send-keys", "-t", "coach", "-l", "one ");
        String typed = waitFor(s -> s.contains("words] > one two three") && countdownSeconds(s) < secondsBefore,
                "the edited line with a countdown that ran down");
        assertThat(typed).containsPattern("\\[\\d+:\\d\\d left · 3/\\d+ words] > one two three");

        tmux("send-keys", "-t", "coach", "Enter", "Enter", "Enter");
        waitFor(s -> s.contains("Score ") || s.contains("Not graded"), "the feedback");
        assertThat(CliRun.attempts(db, "tty")).extracting(a -> a.answer().text()).containsExactly("one two three");
        // the diagnosis of the test track ends here: a candidate without an interview date is asked for it
        waitFor(s -> s.contains("interview date> "), "the question for the interview date");
        tmux("send-keys", "-t", "coach", "Enter");

        String waiting = waitFor(s -> occurrences(s, READY) >= 2, "the offer to start the timed question");
        assertThat(waiting).as("the next timed question is not shown, and its clock not started, while the feedback is read")
                .doesNotContain("Question 2");
        tmux("resize-window", "-t", "coach", "-x", "60");
        tmux("send-keys", "-t", "coach", "Enter");
        String second = waitFor(s -> s.contains("Question 2"), "the next question");
        var shown = second.substring(second.indexOf("Question 2")).lines().toList();
        assertThat(shown).as("the question after the window narrowed to 60 columns, wrapped to it (no word cut by the "
                + "terminal)").allSatisfy(line -> assertThat(line.stripTrailing().length()).isLessThanOrEqualTo(60));
        tmux("send-keys", "-t", "coach", "-l", "half an answer");
        // Ctrl-C while the line editor reads is the candidate's interrupt; sent before it reads, it
        // would stop the JVM by the signal instead
        waitFor(s -> s.contains("> half an answer"), "the half-typed answer on the prompt");
        tmux("send-keys", "-t", "coach", "C-c");
        String stopped = waitFor(s -> s.contains("exit code"), "the end of the program after Ctrl-C");
        assertThat(stopped).contains("Stopped. Everything you answered is saved", "exit code 130");
        assertThat(CliRun.attempts(db, "tty")).hasSize(1);
        assertThat(CliRun.state(db, "tty", PressureDrillProvider.TRACK).orElseThrow().pendingStep()).isPresent();
        try (var files = java.nio.file.Files.walk(home)) {
            var kept = files.filter(java.nio.file.Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("coach.db"))
                    .filter(f -> contains(f, "half an answer") || contains(f, "one two three")).toList();
            assertThat(kept).as("files under $HOME besides the learner store that keep what was typed").isEmpty();
        }
    }

    private static final String READY = "Press Enter when you are ready";

    private static int occurrences(String screen, String text) {
        int n = 0;
        for (int at = screen.indexOf(text); at >= 0; at = screen.indexOf(text, at + 1)) {
            n++;
        }
        return n;
    }

    private static boolean contains(Path file, String text) {
        try {
            return new String(java.nio.file.Files.readAllBytes(file), StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void theDemoIsOfferedOnTheFirstRunOnlyAndAfterItTheNextRunStartsTheJourney() throws Exception {
        tmux = Tools.require("the pseudo-terminal test", "tmux");
        Path db = home.resolve("coach.db");
        String run = coach(db, "");
        tmux("new-session", "-d", "-s", "coach", "-x", "150", "-y", "50", run + "; echo \"exit code $?\"; " + run
                + "; sleep 120");
        waitFor(s -> s.contains("Watch a one-minute demo"), "the offer of the demo on a first run");
        tmux("send-keys", "-t", "coach", "y", "Enter");
        waitFor(s -> s.contains("exit code 0"), "the end of the demo");
        String second = waitFor(s -> s.contains("Question 1"), "the journey on the second run");
        assertThat(second.substring(second.indexOf("exit code 0"))).doesNotContain("Watch a one-minute demo");
    }

    @Test
    void anAnswerTypedAtTheOfferOfTheDemoIsNotTakenAsNoButTheOfferIsAskedAgain() throws Exception {
        tmux = Tools.require("the pseudo-terminal test", "tmux");
        Path db = home.resolve("coach.db");
        tmux("new-session", "-d", "-s", "coach", "-x", "150", "-y", "50", coach(db, "") + "; sleep 120");
        waitFor(s -> s.contains("Watch a one-minute demo"), "the offer of the demo on a first run");
        tmux("send-keys", "-t", "coach", "-l", "The load balancer keeps idle connections open");
        tmux("send-keys", "-t", "coach", "Enter");
        String again = waitFor(s -> s.contains("no question has been asked yet"), "the offer asked again");
        assertThat(again).doesNotContain("Question 1");
        tmux("send-keys", "-t", "coach", "Enter");
        waitFor(s -> s.contains("Question 1"), "the first question after Enter");
    }

    @Test
    void ctrlCAtTheOfferOfTheDemoStopsWith130AndCtrlDStopsWith0AndNeitherStartsTheDiagnosisOrTheStore() throws Exception {
        tmux = Tools.require("the pseudo-terminal test", "tmux");
        Path db = home.resolve("coach.db");
        String run = coach(db, "");
        tmux("new-session", "-d", "-s", "coach", "-x", "150", "-y", "50", run + "; echo \"first exit $?\"; " + run
                + "; echo \"second exit $?\"; sleep 120");
        waitFor(s -> s.contains("Watch a one-minute demo"), "the offer of the demo on a first run");
        tmux("send-keys", "-t", "coach", "C-c");
        waitFor(s -> s.contains("first exit") && s.substring(s.indexOf("first exit")).contains("Watch a one-minute demo"),
                "the end of the first run and the offer again on the second");
        tmux("send-keys", "-t", "coach", "C-d");
        String screen = waitFor(s -> s.contains("second exit"), "the end of the second run after Ctrl-D");
        assertThat(screen).contains("first exit 130", "second exit 0", "Stopped before the first question")
                .doesNotContain("Question 1");
        assertThat(db).as("nothing was answered, so nothing is stored").doesNotExist();
    }

    @Test
    void aTimedQuestionLeftAtTheReadyPromptAsksAgainBeforeItsClockStartsOnTheNextRun() throws Exception {
        tmux = Tools.require("the pseudo-terminal test", "tmux");
        Path db = home.resolve("coach.db");
        String run = coach(db, " --track " + PressureDrillProvider.TRACK);
        tmux("new-session", "-d", "-s", "coach", "-x", "150", "-y", "50", run + "; echo \"exit code $?\"; " + run
                + "; echo \"second exit $?\"; sleep 120");
        waitFor(s -> s.contains("Watch a one-minute demo"), "the offer of the demo on a first run");
        tmux("send-keys", "-t", "coach", "n", "Enter");
        waitFor(s -> s.contains(READY), "the offer to start the first timed question");
        tmux("send-keys", "-t", "coach", "Enter");
        waitFor(s -> COUNTDOWN.matcher(s).find(), "the first timed question");
        tmux("send-keys", "-t", "coach", "-l", "one two three");
        tmux("send-keys", "-t", "coach", "Enter", "Enter", "Enter");
        waitFor(s -> s.contains("interview date> "), "the question for the interview date");
        tmux("send-keys", "-t", "coach", "Enter");
        waitFor(s -> occurrences(s, READY) >= 2, "the offer to start the next timed question");
        tmux("send-keys", "-t", "coach", "-l", ":quit");
        tmux("send-keys", "-t", "coach", "Enter");
        waitFor(s -> s.contains("exit code 0"), "the end of the first run");
        String second = waitFor(s -> s.substring(s.indexOf("exit code 0")).contains("Press Enter when you are ready"),
                "the offer to start the waiting timed question on the second run");
        assertThat(second.substring(second.indexOf("exit code 0"))).as("the question waits, its clock not started")
                .doesNotContain("Question 2");
        tmux("send-keys", "-t", "coach", "Enter");
        waitFor(s -> s.contains("Question 2"), "the timed question after Enter");
    }

    @Test
    void ctrlDAtTheEndOfALineSendsTheAnswerAndInsideALineDeletesACharacter() throws Exception {
        tmux = Tools.require("the pseudo-terminal test", "tmux");
        Path db = home.resolve("coach.db");
        String run = coach(db, "");
        tmux("new-session", "-d", "-s", "coach", "-x", "150", "-y", "50", run + "; echo \"exit code $?\"; sleep 120");
        waitFor(s -> s.contains("Watch a one-minute demo"), "the offer of the demo on a first run");
        tmux("send-keys", "-t", "coach", "n", "Enter");
        waitFor(s -> s.contains("Question 1"), "the first question");
        tmux("send-keys", "-t", "coach", "-l", "first line");
        tmux("send-keys", "-t", "coach", "Enter");
        tmux("send-keys", "-t", "coach", "-l", "the last lineX");
        waitFor(s -> s.contains("> the last lineX"), "the last line typed");
        // Ctrl-B and Ctrl-E move the cursor as the arrow keys do, without an escape sequence a loaded
        // machine can deliver in two reads
        // the keys are read in order: the stored answer shows the X deleted before the last Ctrl-D sent it
        tmux("send-keys", "-t", "coach", "C-b", "C-d", "C-e", "C-d");
        waitFor(s -> s.contains("Question 2"), "the next question after Ctrl-D sent the answer");
        assertThat(CliRun.attempts(db, "tty")).extracting(a -> a.answer().text())
                .containsExactly("first line\nthe last line");
    }

    @Test
    void ctrlCDuringTheFirstBuildOfTheCoachScriptStopsItWith130AndDoesNotBuildAgainFromClean() throws Exception {
        tmux = Tools.require("the pseudo-terminal test", "tmux");
        // the script beside a stand-in for the Maven wrapper that, like Maven, ends on Ctrl-C with status 130
        Path root = java.nio.file.Files.createDirectories(home.resolve("repo"));
        java.nio.file.Files.copy(Path.of("../coach"), root.resolve("coach"));
        Path mvnw = java.nio.file.Files.writeString(root.resolve("mvnw"), """
                #!/usr/bin/env bash
                echo "$*" >> "$(dirname "$0")/builds"
                trap 'exit 130' INT
                touch "$(dirname "$0")/building"
                sleep 60
                """);
        mvnw.toFile().setExecutable(true);
        // the shell around the script catches Ctrl-C (which reaches it too) only to go on and print the exit code
        tmux("new-session", "-d", "-s", "coach", "-x", "150", "-y", "50", "bash -c 'trap : INT; bash " + root.resolve("coach")
                + "; echo \"exit code $?\"; sleep 120'");
        waitFor(s -> s.contains("Building the coach") && java.nio.file.Files.exists(root.resolve("building")),
                "the first build");
        tmux("send-keys", "-t", "coach", "C-c");
        String screen = waitFor(s -> s.contains("exit code"), "the end of the script after Ctrl-C");
        assertThat(screen).contains("exit code 130").doesNotContain("Building again from clean");
        assertThat(java.nio.file.Files.readAllLines(root.resolve("builds"))).as("the builds the script started")
                .hasSize(1).noneMatch(line -> line.contains("clean"));
    }

    /** The shell command that runs the program for learner "tty" on a database under this test's home. */
    private String coach(Path db, String options) {
        return "HOME=" + home + " " + Tools.java() + " -cp " + System.getProperty("java.class.path")
                + " dev.interviewcoach.cli.CoachCli --db " + db + " --learner tty" + options;
    }

    private static int countdownSeconds(String screen) {
        var m = COUNTDOWN.matcher(screen);
        int last = Integer.MAX_VALUE;
        while (m.find()) {
            last = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
        }
        return last;
    }

    private String waitFor(Predicate<String> ready, String what) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String screen = "";
        while (Instant.now().isBefore(deadline)) {
            screen = tmux("capture-pane", "-p", "-J", "-t", "coach");
            if (ready.test(screen)) {
                return screen;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("waited 60 s for " + what + "; the screen shows:\n" + screen);
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(tmux.toString(), "-L", socket));
        command.addAll(List.of(args));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }
}
