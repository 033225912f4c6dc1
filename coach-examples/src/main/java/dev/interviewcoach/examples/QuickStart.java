package dev.interviewcoach.examples;

import dev.interviewcoach.api.CalibrationSample;
import dev.interviewcoach.api.SampleKind;
import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.core.Coach;
import dev.interviewcoach.core.CoachSession;
import dev.interviewcoach.core.Feedback;
import dev.interviewcoach.core.Graders;
import dev.interviewcoach.core.MemoryStores;
import dev.interviewcoach.core.Step;
import dev.interviewcoach.core.TrackLoader;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * Embeds the coach and answers a few challenges of the backend track, printing what the coach
 * says. Run it with {@code ./coach} from the repository root.
 *
 * @since 0.1
 */
public final class QuickStart {
    private QuickStart() {}

    /**
     * A strong answer to a step's question in a candidate's own words: the challenge's first strong
     * calibration sample.
     *
     * @param step the step
     * @return the answer
     */
    public static String strongAnswer(Step step) {
        return step.challenge().samples().stream().filter(s -> s.kind() == SampleKind.STRONG)
                .map(CalibrationSample::text).findFirst().orElse("I would have to think about that.");
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // A scripted candidate: a strong answer in its own words, a guess, then the first sentence of
        // one. (Pasting the reference answer back would not count: the coach recognises it.)
        List<Function<Step, String>> candidate = List.of(
                QuickStart::strongAnswer,
                step -> "Not sure, something about the network?",
                step -> strongAnswer(step).split("(?<=[.!?])\\s", 2)[0]);
        run(System.out, candidate);
    }

    /**
     * Runs the coach for as many steps as there are answerers.
     *
     * @param out where to print
     * @param answers one function per step, giving the answer to that step
     */
    public static void run(PrintStream out, List<Function<Step, String>> answers) {
        // 1. Wire the coach: tracks found on the class path, the default grader, a store in memory.
        Coach coach = Coach.builder()
                .tracks(TrackLoader.discover())
                .grader(Graders.rubric())
                .memoryStore(MemoryStores.inMemory())
                .build();
        // 2. Open a session for one learner on the backend track.
        CoachSession session = coach.session(LearnerId.of("quickstart"), "backend");
        // 3. Ask, answer, read the feedback.
        for (Function<Step, String> answerer : answers) {
            Step step = session.next().orElseThrow();
            String text = answerer.apply(step);
            out.printf("%nStep %d (%s, %s): %s%n", step.number(), step.reason(), step.challenge().level(), step.why());
            out.println("Q: " + step.promptText());
            out.println("A: " + text);
            Feedback feedback = session.submit(step.id(), new Answer(text, Duration.ofSeconds(60), 0));
            out.printf("Score %.2f (%s)%n", feedback.grade().score().orElse(0), feedback.passed() ? "pass" : "not yet");
            // what was missed, without the point the next step (a follow-up) asks about: it asks before it tells
            feedback.missedToShow().forEach(m -> out.println("  - " + m.feedback()));
            feedback.grade().misconceptions().forEach(m -> out.println("  ! " + m.correction()));
            feedback.followUps().stream().filter(f -> feedback.askedNext().filter(f.criterionId()::equals).isEmpty())
                    .forEach(f -> out.println("  ? " + f.question()));
            feedback.masteryChanges().forEach(c -> out.printf("  %s/%s mastery %.2f -> %.2f%n",
                    c.conceptId(), c.level(), c.before(), c.after()));
        }
    }
}
