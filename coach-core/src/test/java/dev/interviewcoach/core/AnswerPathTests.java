package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.StateKey;
import dev.interviewcoach.spi.AttemptQuery;
import dev.interviewcoach.spi.DocumentRequest;
import dev.interviewcoach.spi.StoreCommit;
import dev.interviewcoach.spi.TrackProvider;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What one answer costs the store, and what opening sessions costs the content. */
class AnswerPathTests {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);
    private static final LearnerId ADA = LearnerId.of("ada");

    /** Counts the reads and writes of a store. */
    private static final class CountingStore extends ForwardingStore {
        final AtomicInteger loads = new AtomicInteger();
        final AtomicInteger queries = new AtomicInteger();
        final AtomicInteger commits = new AtomicInteger();

        @Override
        public Optional<LearnerState> load(StateKey key) {
            loads.incrementAndGet();
            return inner.load(key);
        }

        @Override
        public LearnerState commit(StoreCommit commit) {
            commits.incrementAndGet();
            return inner.commit(commit);
        }

        @Override
        public List<Attempt> attempts(AttemptQuery query) {
            queries.incrementAndGet();
            return inner.attempts(query);
        }

        void reset() {
            loads.set(0);
            queries.set(0);
            commits.set(0);
        }
    }

    @Test
    void oneAnswerIsOneStateLoadOneAttemptQueryAndOneCommitAndShowingTheNextStepReadsOnlyTheState() {
        var store = new CountingStore();
        var session = Coach.builder().tracks(TrackLoader.of(TrackProviders.directory(ContentFixtures.dir("tracks"))))
                .memoryStore(store).clock(CLOCK).build().session(ADA, "mini");
        var step = session.next().orElseThrow();
        for (int i = 0; i < 4; i++) {
            store.reset();
            var feedback = session.submit(step.id(), Answer.of("same effect; PUT"));
            assertThat(store.loads).as("state loads").hasValue(1);
            assertThat(store.queries).as("attempt queries").hasValue(1);
            assertThat(store.commits).as("commits").hasValue(1);
            store.reset();
            step = session.next().orElseThrow();
            assertThat(step).isEqualTo(feedback.next().orElseThrow());
            assertThat(store.loads).hasValue(1);
            assertThat(store.queries).hasValue(0);
            assertThat(store.commits).hasValue(0);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void concurrentFirstSessionsShareOneLoadOfTheTrack() throws Exception {
        var opened = new AtomicInteger();
        var directory = TrackProviders.directory(ContentFixtures.dir("tracks"));
        TrackProvider counting = new TrackProvider() {
            @Override
            public Set<String> trackIds() {
                return directory.trackIds();
            }

            @Override
            public InputStream open(DocumentRequest request) throws IOException {
                if (request.name().equals(DocumentRequest.MANIFEST)) {
                    opened.incrementAndGet();
                }
                return directory.open(request);
            }
        };
        var coach = Coach.builder().tracks(TrackLoader.of(counting)).clock(CLOCK).build();
        var pool = Executors.newFixedThreadPool(8);
        var start = new CountDownLatch(1);
        var sessions = new ArrayList<Future<CoachSession>>();
        for (int i = 0; i < 8; i++) {
            var learner = LearnerId.of("learner-" + i);
            sessions.add(pool.submit(() -> {
                start.await();
                return coach.session(learner, "mini");
            }));
        }
        start.countDown();
        var tracks = new ArrayList<Object>();
        for (var s : sessions) {
            tracks.add(s.get(30, TimeUnit.SECONDS).track());
        }
        pool.shutdown();
        assertThat(opened).hasValue(1);
        assertThat(tracks).allSatisfy(t -> assertThat(t).isSameAs(tracks.get(0)));
    }
}
