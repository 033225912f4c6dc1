package dev.interviewcoach.examples;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.api.Track;
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
 * the learner's focus: the candidate preparing for Acme asks to focus on Acme's own concept.
 *
 * <p>The host wires its own provider and lets discovery find the backend track, which Acme's track
 * names as its base: {@code TrackLoader.discover(new AcmeTrackProvider())}. That works on the class
 * path and on the module path, where the backend content module exports nothing and is reached only
 * through its service.
 *
 * @since 0.1
 */
public final class CompanyContent {
    /** Acme's own concept, which its track adds to the backend track's. */
    public static final String ACME_CONCEPT = "payments";
    /** Acme's topic, added to the backend track's {@code http} concept. */
    public static final String ACME_TOPIC = "http.acme-webhooks";

    private CompanyContent() {}

    /**
     * The tracks the example uses: Acme's, from the host's own provider, over every discovered track.
     *
     * @return the loader
     */
    public static TrackLoader tracks() {
        return TrackLoader.discover(new AcmeTrackProvider());
    }

    /**
     * Runs the example.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        run(System.out, 40);
    }

    /**
     * Opens the layered track, sets the focus on Acme's concept and answers steps until one of Acme's
     * practice questions comes up or {@code maxSteps} have been answered.
     *
     * @param out where to print
     * @param maxSteps how many steps to answer at most
     * @return the practice step on Acme's concept, if it came up
     */
    public static Optional<Step> run(PrintStream out, int maxSteps) {
        var coach = Coach.builder().tracks(tracks()).memoryStore(MemoryStores.inMemory()).build();
        CoachSession session = coach.session(LearnerId.of("lin"), AcmeTrackProvider.TRACK);
        Track track = session.track();
        out.println(track.title() + " (over " + track.baseId().orElse("no base") + "): " + track.concepts().size()
                + " concepts, " + track.challenges().size() + " challenges, "
                + track.challenges().stream().filter(c -> c.conceptId().equals(ACME_CONCEPT)).count() + " on Acme's concept '"
                + ACME_CONCEPT + "'");
        session.updateProfile(p -> p.withFocusConcepts(List.of(ACME_CONCEPT)));
        for (int i = 0; i < maxSteps; i++) {
            var next = session.next();
            if (next.isEmpty()) {
                out.println("The track has nothing more to ask after " + i + " steps.");
                return Optional.empty();
            }
            Step step = next.get();
            Challenge challenge = step.challenge();
            if (challenge.conceptId().equals(ACME_CONCEPT) && step.reason() != StepReason.DIAGNOSTIC) {
                out.println("Acme's question, step " + step.number() + " (" + step.why() + "): " + challenge.prompt().text());
                return Optional.of(step);
            }
            session.submit(step.id(), Answer.of(QuickStart.strongAnswer(step)));
        }
        out.println("Acme's question did not come up in " + maxSteps + " steps.");
        return Optional.empty();
    }
}
