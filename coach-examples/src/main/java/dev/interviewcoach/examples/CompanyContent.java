package dev.interviewcoach.examples;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.core.Coach;
import dev.interviewcoach.core.CoachSession;
import dev.interviewcoach.core.MemoryStores;
import dev.interviewcoach.core.Step;
import dev.interviewcoach.core.TrackLoader;
import dev.interviewcoach.examples.content.AcmeTrackProvider;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * A company's own challenges on top of the backend track ({@link AcmeTrackProvider}), reached through
 * the learner's focus: the candidate preparing for Acme asks to focus on Acme's webhook topic.
 *
 * @since 0.1
 */
public final class CompanyContent {
    /** Acme's topic, added to the backend track's {@code http} concept. */
    public static final String ACME_TOPIC = "http.acme-webhooks";

    private CompanyContent() {}

    /**
     * Runs the example.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        run(System.out, 40);
    }

    /**
     * Opens the layered track, sets the focus on Acme's topic and answers steps until one of Acme's
     * challenges comes up or {@code maxSteps} have been answered.
     *
     * @param out where to print
     * @param maxSteps how many steps to answer at most
     * @return the step on Acme's topic, if it came up
     */
    public static Optional<Step> run(PrintStream out, int maxSteps) {
        var coach = Coach.builder().tracks(TrackLoader.discover()).memoryStore(MemoryStores.inMemory()).build();
        CoachSession session = coach.session(LearnerId.of("lin"), AcmeTrackProvider.TRACK);
        out.println(session.track().title() + ": " + session.track().challenges().size() + " challenges, "
                + session.track().challenges().stream().filter(c -> c.topicId().equals(ACME_TOPIC)).count() + " of them Acme's");
        session.updateProfile(p -> p.withFocusTopics(List.of(ACME_TOPIC)));
        for (int i = 0; i < maxSteps; i++) {
            var next = session.next();
            if (next.isEmpty()) {
                out.println("The track has nothing more to ask after " + i + " steps.");
                return Optional.empty();
            }
            Step step = next.get();
            if (step.challenge().topicId().equals(ACME_TOPIC)) {
                out.println("Acme's question, step " + step.number() + ": " + step.challenge().prompt().text());
                return Optional.of(step);
            }
            session.submit(step.id(), Answer.of(QuickStart.strongAnswer(step)));
        }
        out.println("Acme's question did not come up in " + maxSteps + " steps.");
        return Optional.empty();
    }
}
