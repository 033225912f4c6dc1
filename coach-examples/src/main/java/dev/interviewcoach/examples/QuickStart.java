package dev.interviewcoach.examples;

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
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // A scripted candidate: a model answer, a guess, then the first sentence of a model answer.
        List<Function<Step, String>> candidate = List.of(
                step -> step.challenge().referenceAnswer(),
                step -> "Not sure, something about the network?",
                step -> step.challenge().referenceAnswer().split("(?<=[.!?])\\s", 2)[0]);
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
            feedback.missed().forEach(m -> out.println("  - " + m.feedback()));
            feedback.grade().misconceptions().forEach(m -> out.println("  ! " + m.correction()));
            feedback.followUps().forEach(f -> out.println("  ? " + f.question()));
            feedback.masteryChanges().forEach(c -> out.printf("  %s/%s mastery %.2f -> %.2f%n",
                    c.conceptId(), c.level(), c.before(), c.after()));
        }
    }
}
