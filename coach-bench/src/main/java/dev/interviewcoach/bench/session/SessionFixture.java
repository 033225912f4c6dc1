package dev.interviewcoach.bench.session;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.Placement;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.Coach;
import dev.interviewcoach.core.CoachSession;
import dev.interviewcoach.core.Graders;
import dev.interviewcoach.core.MemoryStores;
import dev.interviewcoach.core.TrackLoader;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.spi.StoreCommit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A placed learner on the backend track with a given number of earlier attempts in an in-memory
 * store, built through the public API only.
 */
final class SessionFixture {
    static final String TRACK = "backend";
    static final LearnerId LEARNER = LearnerId.of("bench");
    static final String ANSWER = "PUT is idempotent: sending the same request twice leaves the server in the same state, "
            + "so a client can retry it safely after a timeout. POST creates a new resource each time, so retrying it "
            + "can create duplicates unless the server deduplicates with an idempotency key. Use PUT when the client "
            + "chooses the URI and POST when the server assigns it; return 201 with a Location header on creation.";

    private SessionFixture() {}

    static TrackLoader tracks() {
        return TrackLoader.discover();
    }

    /**
     * A session of a learner placed at DEFINE on every concept, with {@code history} earlier attempts,
     * on a new coach and store that share the given grader (so its compiled rubrics are reused, as
     * they are by a long-lived coach).
     */
    static CoachSession session(TrackLoader tracks, int history, Grader grader) {
        Track track = tracks.load(TRACK);
        MemoryStore store = MemoryStores.inMemory();
        Instant now = Instant.now();
        var placements = track.concepts().stream()
                .map(c -> new Placement(c.id(), Optional.of(ChallengeLevel.DEFINE), 0.9, List.of("placement-" + c.id())))
                .toList();
        var initial = LearnerState.initial(LEARNER, TRACK, now);
        var state = new LearnerState(LEARNER, TRACK, initial.schemaVersion(), 0, initial.profile(), List.of(), List.of(),
                List.of(), placements, now);
        var attempts = new ArrayList<Attempt>(history);
        Challenge any = track.challenges().get(0);
        Grade grade = Grade.ok(0.7, List.of(), List.of(), List.of(), "", "rubric", "1");
        for (int i = 0; i < history; i++) {
            attempts.add(new Attempt("old-" + i, LEARNER, TRACK, "old-challenge-" + (i % 500), any.conceptId(),
                    any.level(), StepReason.PRACTICE, Answer.of(ANSWER), grade, now.minusSeconds(history - i)));
        }
        store.commit(new StoreCommit(state, attempts));
        var coach = Coach.builder().tracks(tracks).grader(grader).memoryStore(store).build();
        return coach.session(LEARNER, TRACK);
    }

    /** The challenges a session asks in its first {@code steps} steps, for grading them alone. */
    static List<Challenge> asked(TrackLoader tracks, int steps) {
        var session = session(tracks, 0, Graders.rubric());
        var out = new ArrayList<Challenge>();
        for (int i = 0; i < steps; i++) {
            var step = session.next().orElseThrow();
            out.add(step.challenge());
            session.submit(step.id(), Answer.of(ANSWER));
        }
        return out;
    }
}
