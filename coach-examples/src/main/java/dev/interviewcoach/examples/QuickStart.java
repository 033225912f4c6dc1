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

/**
 * Embeds the coach and answers a few challenges of the backend track, printing what the coach
 * says. Run it with {@code ./mvnw -q install -DskipTests && ./mvnw -q -pl coach-examples exec:java}.
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
        run(System.out, List.of(
                "An idempotent method has the same effect on the server whether you send it once or many times. "
                        + "PUT and DELETE are idempotent; POST is not.",
                "Not sure, something about the network?",
                "The client sends a request line, headers and maybe a body; the server answers with a status code, "
                        + "headers and a body."));
    }

    /**
     * Runs the coach for as many steps as there are answers.
     *
     * @param out where to print
     * @param answers the answers to give, one per step
     */
    public static void run(PrintStream out, List<String> answers) {
        // 1. Wire the coach: tracks found on the class path, the default grader, a store in memory.
        Coach coach = Coach.builder()
                .tracks(TrackLoader.discover())
                .grader(Graders.rubric())
                .memoryStore(MemoryStores.inMemory())
                .build();
        // 2. Open a session for one learner on the backend track.
        CoachSession session = coach.session(LearnerId.of("quickstart"), "backend");
        // 3. Ask, answer, read the feedback.
        for (String text : answers) {
            Step step = session.next().orElseThrow();
            out.printf("%nStep %d (%s, %s): %s%n", step.number(), step.reason(), step.challenge().level(), step.why());
            out.println("Q: " + step.promptText());
            out.println("A: " + text);
            Feedback feedback = session.submit(new Answer(text, Duration.ofSeconds(60), 0));
            out.printf("Score %.2f (%s)%n", feedback.grade().score().orElse(0), feedback.passed() ? "pass" : "not yet");
            feedback.missed().forEach(m -> out.println("  - " + m.feedback()));
            feedback.grade().misconceptions().forEach(m -> out.println("  ! " + m.correction()));
            feedback.masteryChanges().forEach(c -> out.printf("  %s/%s mastery %.2f -> %.2f%n",
                    c.conceptId(), c.level(), c.before(), c.after()));
        }
    }
}
