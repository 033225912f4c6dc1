package dev.interviewcoach.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.spi.AttemptQuery;
import dev.interviewcoach.spi.ChallengeAttemptQuery;
import dev.interviewcoach.spi.MemoryStore;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The store kit fails every store that loses something: each deliberately broken store below must
 * fail at least the named check, and the correct reference store must pass every check.
 */
class MemoryStoreContractTests {
    private static Events run(Class<?> kit) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(kit)).execute().testEvents();
    }

    private static List<String> failedChecks(Class<?> kit) {
        return run(kit).failed().stream()
                .map(e -> e.getTestDescriptor().getDisplayName().replace("()", ""))
                .collect(Collectors.toList());
    }

    @Test
    void theCorrectReferenceStorePassesEveryCheck() {
        Events events = run(Correct.class);
        assertThat(events.failed().count()).as(events.failed().list().toString()).isZero();
        assertThat(events.succeeded().count()).isGreaterThanOrEqualTo(17);
        assertThat(events.skipped().count()).isZero();
    }

    @Test
    void aStoreThatKeepsOnlyAGradesScoreFails() {
        assertThat(failedChecks(ScoreOnly.class)).contains("aFullGradeWithEvidenceSpansComesBackExactly");
    }

    @Test
    void aStoreThatCutsTimestampsToSecondsFails() {
        assertThat(failedChecks(SecondsOnly.class)).contains("timestampsAndDurationsAreKeptToTheNanosecond");
    }

    @Test
    void aStoreThatKeepsOnlyTheLastFiftyAttemptsFails() {
        assertThat(failedChecks(LastFifty.class)).contains("tenThousandAttemptsOfOneLearnerAreAllKeptInOrderAndPageable");
    }

    @Test
    void aStoreThatCutsAnswersAtFourThousandCharactersFails() {
        assertThat(failedChecks(CutAnswers.class)).contains("aOneMegabyteAnswerIsKeptWhole");
    }

    @Test
    void aStoreThatPersistsNothingAcrossReopenFails() {
        assertThat(failedChecks(Forgetful.class)).contains("everythingComesBackAfterCloseAndReopen",
                "twoHandlesOnOneStorageSeeEachOthersWritesAndConflicts");
    }

    @Test
    void aStoreThatLosesEverythingWhenItsLastHandleClosesFails() {
        assertThat(failedChecks(ForgetsWhenLastHandleCloses.class)).contains("everythingComesBackAfterCloseAndReopen");
    }

    @Test
    void aStoreThatIgnoresVersionsFails() {
        assertThat(failedChecks(IgnoresVersions.class)).contains("aCommitThatExpectsAStaleVersionIsRejectedAndChangesNothing",
                "aFirstSaveMustExpectVersionZero");
    }

    @Test
    void aRacyStoreFails() {
        assertThat(failedChecks(Racy.class)).contains("concurrentWritersThatRetryOnConflictLoseNothing");
    }

    @Test
    void aStoreThatChecksTheVersionAndWritesWithoutALockBetweenFailsEvenWithNothingInBetween() {
        assertThat(failedChecks(RacyWithoutPause.class))
                .contains("writersCommittingTheSameVersionAtOnceHaveExactlyOneWinnerEachRound");
    }

    @Test
    void aStoreThatMatchesLearnerIdsByPrefixFails() {
        assertThat(failedChecks(MatchesIdsByPrefix.class))
                .contains("exportAndDeleteMatchTheLearnerIdExactlyNeverByPrefixPatternOrCase");
    }

    @Test
    void aStoreWhoseImportLeavesHalfAnImportBehindFails() {
        assertThat(failedChecks(ImportsHalfway.class)).contains("anImportIntoAStoreHoldingTheLearnerOnOneTrackWritesNothing");
    }

    @Test
    void aStoreThatKeepsServingAfterCloseFails() {
        assertThat(failedChecks(NeverCloses.class)).containsExactly("aClosedStoreFailsClearly");
    }

    @Test
    void aStoreWhoseChallengeQueryIgnoresTheTrackFails() {
        assertThat(failedChecks(ChallengeQueryIgnoresTrack.class))
                .containsExactly("aLearnersAttemptsAtOneChallengeAreTheMostRecentOnItsTrackInAppendOrder");
    }

    @Test
    void aStoreWhoseChallengeQueryKeepsTheOldestFails() {
        assertThat(failedChecks(ChallengeQueryKeepsOldest.class))
                .containsExactly("aLearnersAttemptsAtOneChallengeAreTheMostRecentOnItsTrackInAppendOrder");
    }

    @Test
    void aStoreWhoseChallengeQueryMatchesByPrefixFails() {
        assertThat(failedChecks(ChallengeQueryMatchesPrefix.class))
                .containsExactly("aLearnersAttemptsAtOneChallengeAreTheMostRecentOnItsTrackInAppendOrder");
    }

    @Test
    void aStoreWhosePagesIgnoreTheirTrackFails() {
        assertThat(failedChecks(PageIgnoresTrack.class))
                .containsExactly("tenThousandAttemptsOfOneLearnerAreAllKeptInOrderAndPageable");
    }

    @Test
    void aStoreThatHandsOutItsOwnListFails() {
        // its list is also a cache of the whole history per handle, which another handle's commit does not reach
        assertThat(failedChecks(HandsOutItsOwnList.class)).containsExactlyInAnyOrder(
                "listsAStoreReturnsAreTheCallersAndChangingThemChangesNothingStored",
                "aHandleThatReadAttemptsBeforeSeesThoseAnotherHandleAppendsAfter");
    }

    @Test
    void aStoreWhoseExportLeavesOutAttemptsOnATrackWithoutStateFails() {
        assertThat(failedChecks(ExportsOnlyTracksWithState.class))
                .containsExactly("anExportHoldsAttemptsOnATrackWhereTheLearnerHasNoState");
    }

    @Test
    void aStoreWithoutReopenSkipsOnlyThePersistenceChecks() {
        Events events = run(NotPersistent.class);
        assertThat(events.failed().count()).isZero();
        assertThat(events.aborted().stream().map(e -> e.getTestDescriptor().getDisplayName()))
                .containsExactlyInAnyOrder("everythingComesBackAfterCloseAndReopen()",
                        "twoHandlesOnOneStorageSeeEachOthersWritesAndConflicts()",
                        "aHandleThatReadAttemptsBeforeSeesThoseAnotherHandleAppendsAfter()");
    }

    /** A kit run over a reference store with the given flaws, reopening the same storage. */
    abstract static class Kit extends MemoryStoreContract {
        private ReferenceStore.Storage storage;

        abstract ReferenceStore.Flaws flaws();

        @Override
        protected MemoryStore createStore() {
            storage = new ReferenceStore.Storage();
            return new ReferenceStore(storage, flaws());
        }

        @Override
        protected Optional<MemoryStore> reopen() {
            return Optional.of(new ReferenceStore(storage, flaws()));
        }
    }

    static class Correct extends Kit {
        @Override
        ReferenceStore.Flaws flaws() {
            return ReferenceStore.Flaws.NONE;
        }
    }

    static class ScoreOnly extends Kit {
        @Override
        ReferenceStore.Flaws flaws() {
            return ReferenceStore.Flaws.NONE.withAttempts(a -> {
                Grade g = a.grade();
                var bare = new Grade(g.status(), g.score(), List.of(), List.of(), List.of(), "", g.graderId(),
                        g.graderVersion(), Optional.empty(), Optional.empty());
                return new Attempt(a.id(), a.learnerId(), a.trackId(), a.challengeId(), a.conceptId(), a.level(),
                        a.reason(), a.answer(), bare, a.at());
            });
        }
    }

    static class SecondsOnly extends Kit {
        @Override
        ReferenceStore.Flaws flaws() {
            return ReferenceStore.Flaws.NONE
                    .withAttempts(a -> new Attempt(a.id(), a.learnerId(), a.trackId(), a.challengeId(), a.conceptId(),
                            a.level(), a.reason(), a.answer(), a.grade(), a.at().truncatedTo(ChronoUnit.SECONDS)))
                    .withStates(s -> new LearnerState(s.learnerId(), s.trackId(), s.schemaVersion(), s.storeVersion(),
                            s.profile(), s.mastery(), s.misconceptions(), s.reviews(), s.placements(),
                            s.updatedAt().truncatedTo(ChronoUnit.SECONDS)));
        }
    }

    static class LastFifty extends Kit {
        @Override
        ReferenceStore.Flaws flaws() {
            return ReferenceStore.Flaws.NONE.keepingLast(50);
        }
    }

    static class CutAnswers extends Kit {
        @Override
        ReferenceStore.Flaws flaws() {
            return ReferenceStore.Flaws.NONE.withAttempts(a -> {
                String text = a.answer().text();
                var cut = new Answer(text.substring(0, Math.min(text.length(), 4_000)), a.answer().timeTaken(),
                        a.answer().hintsUsed());
                return new Attempt(a.id(), a.learnerId(), a.trackId(), a.challengeId(), a.conceptId(), a.level(),
                        a.reason(), cut, a.grade(), a.at());
            });
        }
    }

    static class Forgetful extends Correct {
        @Override
        protected Optional<MemoryStore> reopen() {
            return Optional.of(new ReferenceStore(new ReferenceStore.Storage(), flaws()));
        }
    }

    /** Keeps its storage only while some handle on it is open, as an in-process registry of stores might. */
    static class ForgetsWhenLastHandleCloses extends Correct {
        private ReferenceStore.Storage storage;
        private final java.util.concurrent.atomic.AtomicInteger open = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        protected MemoryStore createStore() {
            storage = new ReferenceStore.Storage();
            open.set(0);
            return handle();
        }

        @Override
        protected Optional<MemoryStore> reopen() {
            return Optional.of(handle());
        }

        private MemoryStore handle() {
            open.incrementAndGet();
            var kept = storage;
            return new ReferenceStore(kept, flaws()) {
                private boolean closedOnce;

                @Override
                public synchronized void close() {
                    super.close();
                    if (!closedOnce) {
                        closedOnce = true;
                        if (open.decrementAndGet() == 0) {
                            kept.states.clear();
                            kept.attempts.clear();
                        }
                    }
                }
            };
        }
    }

    static class IgnoresVersions extends Kit {
        @Override
        ReferenceStore.Flaws flaws() {
            return ReferenceStore.Flaws.NONE.ignoringVersions();
        }
    }

    static class RacyWithoutPause extends Kit {
        @Override
        ReferenceStore.Flaws flaws() {
            return ReferenceStore.Flaws.NONE.racyWithoutPause();
        }
    }

    static class MatchesIdsByPrefix extends Kit {
        @Override
        ReferenceStore.Flaws flaws() {
            return ReferenceStore.Flaws.NONE.matchingIdsByPrefix();
        }
    }

    /** A store whose import commits state by state without checking first, as the default once did. */
    static class ImportsHalfway extends Correct {
        @Override
        protected MemoryStore createStore() {
            return new ReferenceStore(new ReferenceStore.Storage(), flaws()) {
                @Override
                public void importLearner(dev.interviewcoach.api.LearnerExport export) {
                    var states = export.states();
                    commit(new dev.interviewcoach.spi.StoreCommit(states.get(0).withStoreVersion(0), export.attempts()));
                    for (var state : states.subList(1, states.size())) {
                        commit(dev.interviewcoach.spi.StoreCommit.of(state.withStoreVersion(0)));
                    }
                }
            };
        }
    }

    static class Racy extends Kit {
        @Override
        ReferenceStore.Flaws flaws() {
            return ReferenceStore.Flaws.NONE.racy();
        }
    }

    static class NeverCloses extends Correct {
        @Override
        protected MemoryStore createStore() {
            MemoryStore inner = super.createStore();
            return new MemoryStore() {
                @Override
                public Optional<LearnerState> load(dev.interviewcoach.api.StateKey key) {
                    return inner.load(key);
                }

                @Override
                public LearnerState commit(dev.interviewcoach.spi.StoreCommit commit) {
                    return inner.commit(commit);
                }

                @Override
                public List<Attempt> attempts(dev.interviewcoach.spi.AttemptQuery query) {
                    return inner.attempts(query);
                }

                @Override
                public dev.interviewcoach.api.LearnerExport export(dev.interviewcoach.api.LearnerId learnerId) {
                    return inner.export(learnerId);
                }

                @Override
                public boolean delete(dev.interviewcoach.api.LearnerId learnerId) {
                    return inner.delete(learnerId);
                }
            };
        }
    }

    /** A correct store whose answer to the challenge query comes from a function of the whole history. */
    abstract static class ChallengeQueryFlaw extends Correct {
        abstract List<Attempt> answer(List<Attempt> history, ChallengeAttemptQuery query);

        @Override
        protected MemoryStore createStore() {
            return wrap(super.createStore());
        }

        @Override
        protected Optional<MemoryStore> reopen() {
            return super.reopen().map(this::wrap);
        }

        private MemoryStore wrap(MemoryStore inner) {
            return new ForwardingStore(inner) {
                @Override
                public List<Attempt> attempts(ChallengeAttemptQuery query) {
                    return answer(inner.attempts(AttemptQuery.all(query.learnerId())), query);
                }
            };
        }
    }

    static class ChallengeQueryIgnoresTrack extends ChallengeQueryFlaw {
        @Override
        List<Attempt> answer(List<Attempt> history, ChallengeAttemptQuery query) {
            var matching = history.stream().filter(a -> a.challengeId().equals(query.challengeId())).toList();
            return matching.subList(Math.max(0, matching.size() - query.limit()), matching.size());
        }
    }

    static class ChallengeQueryKeepsOldest extends ChallengeQueryFlaw {
        @Override
        List<Attempt> answer(List<Attempt> history, ChallengeAttemptQuery query) {
            return history.stream().filter(a -> a.challengeId().equals(query.challengeId()))
                    .filter(a -> a.trackId().equals(query.trackId())).limit(query.limit()).toList();
        }
    }

    /** Matches like a careless {@code LIKE 'id%'}. */
    static class ChallengeQueryMatchesPrefix extends ChallengeQueryFlaw {
        @Override
        List<Attempt> answer(List<Attempt> history, ChallengeAttemptQuery query) {
            var matching = history.stream().filter(a -> a.challengeId().startsWith(query.challengeId()))
                    .filter(a -> a.trackId().equals(query.trackId())).toList();
            return matching.subList(Math.max(0, matching.size() - query.limit()), matching.size());
        }
    }

    /** A correct store whose pages are cut from the learner's whole history, whatever their track. */
    static class PageIgnoresTrack extends Correct {
        @Override
        protected MemoryStore createStore() {
            return wrap(super.createStore());
        }

        @Override
        protected Optional<MemoryStore> reopen() {
            return super.reopen().map(PageIgnoresTrack::wrap);
        }

        private static MemoryStore wrap(MemoryStore inner) {
            return new ForwardingStore(inner) {
                @Override
                public List<Attempt> attempts(dev.interviewcoach.spi.AttemptPage page) {
                    var all = inner.attempts(AttemptQuery.all(page.learnerId()));
                    int from = (int) Math.min(all.size(), page.offset());
                    return all.subList(from, Math.min(all.size(), from + page.limit()));
                }
            };
        }
    }

    /** A correct store that answers the learner's whole history with the list it keeps. */
    /** An export that keeps only the attempts on tracks the learner has a state on. */
    static class ExportsOnlyTracksWithState extends Correct {
        @Override
        protected MemoryStore createStore() {
            return wrap(super.createStore());
        }

        @Override
        protected Optional<MemoryStore> reopen() {
            return super.reopen().map(ExportsOnlyTracksWithState::wrap);
        }

        private static MemoryStore wrap(MemoryStore inner) {
            return new ForwardingStore(inner) {
                @Override
                public dev.interviewcoach.api.LearnerExport export(dev.interviewcoach.api.LearnerId learnerId) {
                    var all = inner.export(learnerId);
                    var tracks = all.states().stream().map(LearnerState::trackId).toList();
                    return new dev.interviewcoach.api.LearnerExport(learnerId, all.states(),
                            all.attempts().stream().filter(a -> tracks.contains(a.trackId())).toList());
                }
            };
        }
    }

    static class HandsOutItsOwnList extends Correct {
        @Override
        protected MemoryStore createStore() {
            return wrap(super.createStore());
        }

        @Override
        protected Optional<MemoryStore> reopen() {
            return super.reopen().map(HandsOutItsOwnList::wrap);
        }

        private static MemoryStore wrap(MemoryStore inner) {
            var kept = new java.util.HashMap<dev.interviewcoach.api.LearnerId, List<Attempt>>();
            return new ForwardingStore(inner) {
                @Override
                public synchronized List<Attempt> attempts(AttemptQuery query) {
                    if (query.trackId().isPresent() || query.limit() != Integer.MAX_VALUE) {
                        return inner.attempts(query);
                    }
                    // a cache of the whole history, handed out as it is
                    return kept.computeIfAbsent(query.learnerId(), id -> new java.util.ArrayList<>(inner.attempts(query)));
                }

                @Override
                public synchronized LearnerState commit(dev.interviewcoach.spi.StoreCommit commit) {
                    kept.remove(commit.state().learnerId());
                    return inner.commit(commit);
                }

                @Override
                public synchronized boolean delete(dev.interviewcoach.api.LearnerId learnerId) {
                    kept.remove(learnerId);
                    return inner.delete(learnerId);
                }
            };
        }
    }

    /** Passes every call to another store. */
    static class ForwardingStore implements MemoryStore {
        private final MemoryStore inner;

        ForwardingStore(MemoryStore inner) {
            this.inner = inner;
        }

        @Override
        public Optional<LearnerState> load(dev.interviewcoach.api.StateKey key) {
            return inner.load(key);
        }

        @Override
        public LearnerState commit(dev.interviewcoach.spi.StoreCommit commit) {
            return inner.commit(commit);
        }

        @Override
        public List<Attempt> attempts(AttemptQuery query) {
            return inner.attempts(query);
        }

        @Override
        public List<Attempt> attempts(dev.interviewcoach.spi.AttemptPage page) {
            return inner.attempts(page);
        }

        @Override
        public dev.interviewcoach.api.LearnerExport export(dev.interviewcoach.api.LearnerId learnerId) {
            return inner.export(learnerId);
        }

        @Override
        public boolean delete(dev.interviewcoach.api.LearnerId learnerId) {
            return inner.delete(learnerId);
        }

        @Override
        public void close() {
            inner.close();
        }
    }

    static class NotPersistent extends Correct {
        @Override
        protected Optional<MemoryStore> reopen() {
            return Optional.empty();
        }
    }
}
