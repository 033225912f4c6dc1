package dev.interviewcoach.cli.internal;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.core.Coach;
import dev.interviewcoach.core.Graders;
import dev.interviewcoach.core.Step;
import dev.interviewcoach.spi.AttemptQuery;
import dev.interviewcoach.store.jdbc.JdbcMemoryStores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code coach demo}: a scripted candidate in a temporary database goes through the diagnosis,
 * practice answers (a good one, a weak one, one with a misconception), a follow-up, a recovery and the
 * report, so a newcomer sees how the coach works without typing.
 */
final class Demo implements Journey.AnswerSource {
    /** The most steps the demo takes after the diagnosis, whatever the coach asks. */
    static final int MAX_PRACTICE_STEPS = 12;

    private final Console console;
    private final Set<StepReason> seen = EnumSet.noneOf(StepReason.class);
    private int diagnostic;
    private int practice;
    /** Plain practice steps answered, which cycle good, misconception, weak. */
    private int plain;
    /** The last question that was not a follow-up: a follow-up asks about it. */
    private dev.interviewcoach.api.Challenge asked;

    private Demo(Console console) {
        this.console = console;
    }

    static int run(CliEnv env, Console console) {
        Path dir;
        try {
            dir = Files.createTempDirectory("coach-demo");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the demo: " + e.getMessage(), e);
        }
        var style = console.style();
        Path db = dir.resolve("demo.db");
        console.println(style.bold("Demo") + ": a scripted candidate answers in a temporary database (" + db + ").");
        SqliteLibrary.useFolderFromProperty();
        try (var store = JdbcMemoryStores.sqlite(db)) {
            var coach = Coach.builder().tracks(env.tracks().get()).grader(Graders.rubric()).memoryStore(store)
                    .clock(env.clock()).build();
            var session = coach.session(LearnerId.of("demo-candidate"), Workspace.DEFAULT_TRACK);
            var demo = new Demo(console);
            new Journey(session, console, env.clock(), demo).scripted().hidingDiagnosis().run(Journey.Scope.ALL);
            console.println("\n" + ReadinessMap.render(session.readiness(), session.track(), style));
            String boss = BossView.reportLine(session, env.clock().getZone(), c -> GlobalOptions.program()
                    + (c.isEmpty() ? "" : " " + c));
            if (!boss.isEmpty()) {
                console.println(style.wrap(boss, ""));
            }
            Path html = dir.resolve("report.html");
            var attempts = store.attempts(AttemptQuery.all(session.learnerId(), session.track().id()));
            ReportCommand.write(html, HtmlReport.render(session.readiness(), session.track(), attempts, boss));
            console.println(style.wrap(String.format("Demo done: %d diagnostic and %d practice answers (%s). The HTML "
                    + "report is at %s. Run `%s` to start your own journey.", demo.diagnostic, demo.practice,
                    String.join(", ", demo.seen.stream().map(StepView::label).toList()), html, GlobalOptions.program()), ""));
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("demo.db")).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // a leftover temporary file is harmless
        }
        return 0;
    }

    @Override
    public AnswerReader.Result answer(Step step) {
        seen.add(step.reason());
        var challenge = step.challenge();
        var about = step.reason() == StepReason.FOLLOW_UP && asked != null ? asked : challenge;
        if (step.reason() != StepReason.FOLLOW_UP) {
            asked = challenge;
        }
        if (step.reason() == StepReason.DIAGNOSTIC) {
            diagnostic++;
            // strong on the first concepts, unsure on the rest, so practice has somewhere to go
            boolean strong = challenge.conceptId().equals(firstConcept(step)) || diagnostic % 3 == 0;
            // not shown: the journey hides the demo's diagnosis, which asks what a newcomer's own asks
            return new AnswerReader.Answered(strong ? strongAnswer(challenge)
                    : "I am not sure. I think it has to do with servers.", 0, Duration.ofSeconds(60));
        }
        // it stops once it has shown a follow-up, a recovery and the three kinds of practice answer
        if (practice >= MAX_PRACTICE_STEPS || seen.containsAll(EnumSet.of(StepReason.FOLLOW_UP, StepReason.RECOVERY))
                && plain >= 3) {
            console.println(console.style().dim("(the scripted candidate stops here)"));
            return new AnswerReader.Quit(false);
        }
        practice++;
        return switch (step.reason()) {
            case FOLLOW_UP -> say(strongAnswer(about), "its strong answer to the question before, which covers the point");
            case REVIEW, BOSS -> say(strongAnswer(challenge), "a good answer");
            case RECOVERY -> say(strongAnswer(challenge), "a good answer on the easier question");
            default -> switch (plain++ % 3) {
                case 0 -> say(strongAnswer(challenge), "a good answer");
                case 1 -> misconception(challenge)
                        .map(text -> say(text, "an answer with a misconception"))
                        .orElseGet(() -> say(weak(challenge), "a weak answer"));
                default -> say(weak(challenge), "a weak answer");
            };
        };
    }

    private static String firstConcept(Step step) {
        return step.challenge().conceptId().equals("http") ? "http" : "rest";
    }

    private static String weak(Challenge challenge) {
        return "It depends. You should use best practices and think about " + challenge.topicId().replace('.', ' ')
                + " carefully.";
    }

    private static Optional<String> misconception(Challenge challenge) {
        return challenge.misconceptions().stream().findFirst()
                .map(m -> "I believe that " + m.evidence().get(0).paraphrases().get(0) + ". That is the main point.");
    }

    private AnswerReader.Result say(String text, String kind) {
        var style = console.style();
        // a long answer is shown to its last whole word before 400 characters
        int cut = text.length() > 400 ? text.lastIndexOf(' ', 400) : -1;
        String shown = text.length() > 400 ? text.substring(0, cut > 0 ? cut : 400) + " …" : text;
        console.println(style.wrap(style.dim("candidate (" + kind + "): ") + shown, "  ", "    "));
        return new AnswerReader.Answered(text, 0, Duration.ofSeconds(60));
    }

    /**
     * A strong answer in a candidate's own words: the challenge's first strong calibration sample.
     * (The reference answer pasted back would not count: the coach recognises it.)
     */
    private static String strongAnswer(dev.interviewcoach.api.Challenge challenge) {
        return challenge.samples().stream()
                .filter(s -> s.kind() == dev.interviewcoach.api.SampleKind.STRONG)
                .map(dev.interviewcoach.api.CalibrationSample::text)
                .findFirst().orElse(challenge.referenceAnswer());
    }
}
