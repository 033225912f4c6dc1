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
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The embedding example shown in the README; a test keeps the two identical, so the README's code
 * always compiles.
 *
 * @since 0.1
 */
public final class ReadmeExample {
    private ReadmeExample() {}

    /**
     * Runs the README example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // README:start
        Coach coach = Coach.builder()
                .tracks(TrackLoader.discover())        // finds coach-content-backend on the class path
                .grader(Graders.rubric())              // offline, deterministic, shows its evidence
                .memoryStore(MemoryStores.inMemory())  // or any MemoryStore, e.g. your database
                .build();

        CoachSession session = coach.session(LearnerId.of("ada"), "backend");
        session.updateProfile(profile -> profile.withInterviewDate(LocalDate.now(ZoneOffset.UTC).plusWeeks(3))); // the coach's clock: UTC unless you pass your own
        Step step = session.next().orElseThrow();      // kept until answered, on every device
        System.out.println(step.promptText());

        Feedback feedback = session.submit(step.id(), Answer.of("The app closes idle connections after 5s, the LB reuses them for 60s: raise the app's to 65s."));
        System.out.printf("score %.2f, passed: %s%n", feedback.grade().score().orElse(0), feedback.passed());
        feedback.missedToShow().forEach(missed -> System.out.println("missed: " + missed.feedback()));
        feedback.next().ifPresent(next -> System.out.println("next: " + next.why()));
        // README:end
    }
}
