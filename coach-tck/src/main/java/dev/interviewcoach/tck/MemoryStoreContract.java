package dev.interviewcoach.tck;

import static dev.interviewcoach.tck.StoreFixtures.EXACT_INSTANTS;
import static dev.interviewcoach.tck.StoreFixtures.T0;
import static dev.interviewcoach.tck.StoreFixtures.failedAttempt;
import static dev.interviewcoach.tck.StoreFixtures.fullAttempt;
import static dev.interviewcoach.tck.StoreAssertions.assertRefused;
import static dev.interviewcoach.tck.StoreAssertions.assertSameAttempts;
import static dev.interviewcoach.tck.StoreAssertions.assertThatAttempts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.LearnerProfile;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.StateKey;
import dev.interviewcoach.api.StoreException;
import dev.interviewcoach.api.VersionConflictException;
import dev.interviewcoach.spi.AttemptPage;
import dev.interviewcoach.spi.AttemptQuery;
import dev.interviewcoach.spi.ChallengeAttemptQuery;
import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.spi.StoreCommit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link MemoryStore} must meet. Extend it, supply a fresh, empty store and, for a
 * store that keeps learners beyond its own life, a way to open its storage again:
 *
 * <pre>{@code
 * class MyStoreTests extends MemoryStoreContract {
 *     protected MemoryStore createStore() { return MyStore.open(freshDatabase()); }
 *     protected Optional<MemoryStore> reopen() { return Optional.of(MyStore.open(sameDatabase())); }
 * }
 * }</pre>
 *
 * <p>It checks that everything comes back exactly (every grade field, evidence spans, timestamps to
 * the nanosecond, 1 MB answers, 10,000 attempts, NUL and unpaired surrogates), across close and
 * reopen and between two handles on one storage (a handle that read attempts sees those another handle
 * appends after); learner ids of 200 characters in any script, kept apart from lookalikes; that a
 * learner's attempts at one challenge are
 * exactly those, the most recent, in order; that export (with attempts on tracks the learner has no
 * state on) and import reproduce a learner, delete
 * leaves no trace, a stale version is rejected and changes nothing, concurrent writers lose nothing,
 * and a closed store fails clearly. {@link MemoryStoreConcurrencyContract} holds the concurrency
 * checks, which this class inherits.
 *
 * <p>What it cannot see, and a store's own tests should: every handle it opens lives in one JVM, so
 * it does not check locking between processes; it reads through the API only, so it does not check
 * that a delete leaves no bytes of the learner in the storage's files, nor that a write cut short by
 * a crash leaves the last committed state readable. {@code reopen()} must open the storage that the
 * last {@code createStore()} made (each check calls {@code createStore()} once, and some call it twice
 * for an import); the kit never removes what it stored, so give each store a fresh database or folder
 * and clean up in your own {@code @AfterEach}.
 *
 * @since 0.1
 */
public abstract class MemoryStoreContract extends MemoryStoreConcurrencyContract {
    /** For subclasses. */
    protected MemoryStoreContract() {}

    private static final LearnerId ADA = LearnerId.of("ada");
    private static final String TRACK = "backend";

    @Test
    void anUnknownLearnerHasNoState() {
        assertThat(store.load(new StateKey(LearnerId.of("nobody"), TRACK))).isEmpty();
        assertThatAttempts(store.attempts(AttemptQuery.all(LearnerId.of("nobody")))).isEmpty();
        assertThat(store.export(LearnerId.of("nobody")).states()).isEmpty();
    }

    @Test
    void aSavedStateLoadsBackEqualWithTheNextVersion() {
        var state = richState(ADA, TRACK);
        LearnerState saved = store.commit(StoreCommit.of(state));
        assertThat(saved).isEqualTo(state.withStoreVersion(1));
        assertThat(store.load(StateKey.of(state))).contains(state.withStoreVersion(1));
    }

    @Test
    void aCommitThatExpectsAStaleVersionIsRejectedAndChangesNothing() {
        var v1 = store.commit(new StoreCommit(richState(ADA, TRACK), List.of(attempt("a1", ADA, TRACK, "first"))));
        var v2 = store.commit(StoreCommit.of(v1.withProfile(v1.profile())));
        assertThat(v2.storeVersion()).isEqualTo(2);
        var stale = new StoreCommit(LearnerState.initial(ADA, TRACK, T0).withStoreVersion(1),
                List.of(attempt("late", ADA, TRACK, "late answer")));
        assertRefused("a commit expecting version 1 while the store holds version 2 must throw "
                + "VersionConflictException: commit compares the state's storeVersion with the stored one",
                () -> store.commit(stale), VersionConflictException.class);
        assertThat(store.load(StateKey.of(v1))).contains(v2);
        assertThatAttempts(store.attempts(AttemptQuery.all(ADA))).extracting(Attempt::id).containsExactly("a1");
    }

    @Test
    void aFirstSaveMustExpectVersionZero() {
        var state = richState(ADA, TRACK).withStoreVersion(3);
        assertRefused("a first save expecting version 3 must throw VersionConflictException: a learner not yet "
                + "stored is at version 0", () -> store.commit(StoreCommit.of(state)), VersionConflictException.class);
        assertThat(store.load(StateKey.of(state))).isEmpty();
        store.commit(StoreCommit.of(richState(ADA, TRACK)));
        assertRefused("a second first save (expecting version 0 while version 1 is stored) must throw "
                + "VersionConflictException", () -> store.commit(StoreCommit.of(richState(ADA, TRACK))),
                VersionConflictException.class);
    }

    @Test
    void attemptsAreKeptInTheOrderTheyWereAppendedWithTheirFullContent() {
        var first = attempt("a1", ADA, TRACK, "first ✓ answer");
        var second = attempt("a2", ADA, TRACK, "second\nanswer with 'quotes' and \u0000 nul");
        var third = attempt("a3", ADA, TRACK, "");
        var state = store.commit(new StoreCommit(richState(ADA, TRACK), List.of(first, second)));
        store.commit(new StoreCommit(state, List.of(third)));
        assertThatAttempts(store.attempts(AttemptQuery.all(ADA))).containsExactly(first, second, third);
        assertThatAttempts(store.attempts(AttemptQuery.recent(ADA, TRACK, 2))).containsExactly(second, third);
    }

    @Test
    void aFullGradeWithEvidenceSpansComesBackExactly() {
        var full = fullAttempt("a1", ADA, TRACK, "PUT is idempotent", T0);
        var failed = failedAttempt("a2", ADA, TRACK);
        store.commit(new StoreCommit(richState(ADA, TRACK), List.of(full, failed)));
        assertThatAttempts(store.attempts(AttemptQuery.all(ADA))).containsExactly(full, failed);
        assertThatAttempts(store.export(ADA).attempts()).containsExactly(full, failed);
    }

    @Test
    void timestampsAndDurationsAreKeptToTheNanosecond() {
        var attempts = new ArrayList<Attempt>();
        for (int i = 0; i < EXACT_INSTANTS.size(); i++) {
            attempts.add(fullAttempt("t" + i, ADA, TRACK, "answer " + i, EXACT_INSTANTS.get(i)));
        }
        var base = richState(ADA, TRACK);
        var state = new LearnerState(ADA, TRACK, base.schemaVersion(), 0, base.profile(), base.mastery(),
                base.misconceptions(), base.reviews(), base.placements(), EXACT_INSTANTS.get(0));
        store.commit(new StoreCommit(state, attempts));
        assertSameAttempts("attempts(AttemptQuery.all)", store.attempts(AttemptQuery.all(ADA)), attempts);
        assertThat(store.load(StateKey.of(state)).orElseThrow().updatedAt()).isEqualTo(EXACT_INSTANTS.get(0));
    }

    @Test
    void aOneMegabyteAnswerIsKeptWhole() {
        String text = HostileAnswers.corpus().get("one megabyte");
        var big = fullAttempt("big", ADA, TRACK, text, T0);
        store.commit(new StoreCommit(richState(ADA, TRACK), List.of(big)));
        assertThat(store.attempts(AttemptQuery.all(ADA)).get(0).answer().text()).as("the one-megabyte answer")
                .withRepresentation(BriefRepresentation.INSTANCE).isEqualTo(text);
    }

    @Test
    void tenThousandAttemptsOfOneLearnerAreAllKeptInOrderAndPageable() {
        var attempts = new ArrayList<Attempt>();
        for (int i = 0; i < 10_000; i++) {
            attempts.add(attempt("n" + i, ADA, i % 2 == 0 ? TRACK : "backend-go", "answer number " + i));
        }
        var state = store.commit(new StoreCommit(richState(ADA, TRACK), attempts));
        store.commit(StoreCommit.of(richState(ADA, "backend-go")));
        assertSameAttempts("attempts(AttemptQuery.all)", store.attempts(AttemptQuery.all(ADA)), attempts);
        assertThatAttempts(store.attempts(AttemptQuery.recent(ADA, TRACK, 3))).extracting(Attempt::id)
                .containsExactly("n9994", "n9996", "n9998");
        var paged = new ArrayList<Attempt>();
        for (var page = AttemptPage.of(ADA, 0, 1_500); ; page = page.next()) {
            var found = store.attempts(page);
            if (found.isEmpty()) {
                break;
            }
            paged.addAll(found);
        }
        assertSameAttempts("attempts(AttemptPage) read page by page, 1,500 at a time", paged, attempts);
        var onTrack = new ArrayList<Attempt>();
        for (var page = new AttemptPage(ADA, java.util.Optional.of("backend-go"), 0, 1_000); ; page = page.next()) {
            var found = store.attempts(page);
            if (found.isEmpty()) {
                break;
            }
            onTrack.addAll(found);
        }
        assertSameAttempts("attempts(AttemptPage) of track backend-go only", onTrack,
                attempts.stream().filter(a -> a.trackId().equals("backend-go")).toList());
        assertThat(state.storeVersion()).isEqualTo(1);
    }

    @Test
    void aLearnersAttemptsAtOneChallengeAreTheMostRecentOnItsTrackInAppendOrder() {
        var bob = LearnerId.of("bob");
        String challenge = "http.define.idempotency";
        String odd = "sql \u0000 \ud800 \uffff";
        var a1 = attemptAt("a1", ADA, TRACK, challenge);
        var a2 = attemptAt("a2", ADA, TRACK, "http.define");
        var a3 = attemptAt("a3", ADA, TRACK, challenge);
        var a4 = attemptAt("a4", ADA, TRACK, challenge + ".follow-up");
        var a5 = attemptAt("a5", ADA, TRACK, odd);
        var go = attemptAt("g1", ADA, "backend-go", challenge);
        var a6 = fullAttempt("a6", ADA, TRACK, "PUT is idempotent", EXACT_INSTANTS.get(0));
        var state = store.commit(new StoreCommit(richState(ADA, TRACK), List.of(a1, a2, a3)));
        store.commit(new StoreCommit(richState(ADA, "backend-go"), List.of(go)));
        store.commit(new StoreCommit(state, List.of(a4, a5, a6)));
        store.commit(new StoreCommit(richState(bob, TRACK), List.of(attemptAt("b1", bob, TRACK, challenge))));

        assertThatAttempts(store.attempts(ChallengeAttemptQuery.all(ADA, TRACK, challenge))).containsExactly(a1, a3, a6);
        assertThatAttempts(store.attempts(ChallengeAttemptQuery.recent(ADA, TRACK, challenge, 2))).containsExactly(a3, a6);
        assertThatAttempts(store.attempts(ChallengeAttemptQuery.recent(ADA, TRACK, challenge, 1))).containsExactly(a6);
        assertThatAttempts(store.attempts(ChallengeAttemptQuery.all(ADA, "backend-go", challenge))).containsExactly(go);
        assertThatAttempts(store.attempts(ChallengeAttemptQuery.all(ADA, "backend-java", challenge))).isEmpty();
        assertThatAttempts(store.attempts(ChallengeAttemptQuery.all(ADA, TRACK, odd))).containsExactly(a5);
        assertThatAttempts(store.attempts(ChallengeAttemptQuery.all(ADA, TRACK, "http.define"))).containsExactly(a2);
        assertThatAttempts(store.attempts(ChallengeAttemptQuery.all(ADA, TRACK, "HTTP.define.idempotency"))).isEmpty();
        assertThatAttempts(store.attempts(ChallengeAttemptQuery.all(ADA, TRACK, "http"))).isEmpty();
        assertThatAttempts(store.attempts(ChallengeAttemptQuery.all(LearnerId.of("nobody"), TRACK, challenge))).isEmpty();
        assertThatAttempts(store.attempts(ChallengeAttemptQuery.all(bob, TRACK, challenge))).extracting(Attempt::id)
                .containsExactly("b1");
    }

    @Test
    void anyUnicodeIncludingNulAndUnpairedSurrogatesIsKept() {
        var learner = LearnerId.of("ada \u0000 \ud800 \uffff 🔥");
        String track = "track \u0000\udc00";
        var attempts = new ArrayList<Attempt>();
        HostileAnswers.corpus().forEach((name, text) -> attempts.add(
                fullAttempt(name + " \u0000\ud83d", learner, track, text, T0)));
        var state = richState(learner, track);
        state = state.withProfile(new LearnerProfile(Optional.of("role \u0000 \udfff"),
                List.of("\ud800", "\u0000"), Optional.empty(), Map.of("\u0000key", "\ud800value\uffff")));
        store.commit(new StoreCommit(state, attempts));
        assertThat(store.load(StateKey.of(state))).contains(state.withStoreVersion(1));
        assertSameAttempts("attempts(AttemptQuery.recent) of odd ids and text",
                store.attempts(AttemptQuery.recent(learner, track, 1_000)), attempts);
    }

    /** A plain attempt at a given challenge. */
    private static Attempt attemptAt(String id, LearnerId learner, String track, String challengeId) {
        var a = StoreFixtures.attempt(id, learner, track, "answer " + id);
        return new Attempt(a.id(), a.learnerId(), a.trackId(), challengeId, a.conceptId(), a.level(), a.reason(),
                a.answer(), a.grade(), a.at(), a.masteryChanges());
    }

    @Test
    void statesOfDifferentTracksAndLearnersAreSeparate() {
        var bob = LearnerId.of("bob");
        store.commit(new StoreCommit(richState(ADA, TRACK), List.of(attempt("a1", ADA, TRACK, "x"))));
        store.commit(new StoreCommit(richState(ADA, "backend-go"), List.of(attempt("a2", ADA, "backend-go", "y"))));
        store.commit(StoreCommit.of(richState(bob, TRACK)));
        assertThat(store.load(new StateKey(ADA, "backend-go")).orElseThrow().trackId()).isEqualTo("backend-go");
        assertThatAttempts(store.attempts(AttemptQuery.recent(ADA, "backend-go", 10))).extracting(Attempt::id).containsExactly("a2");
        assertThatAttempts(store.attempts(AttemptQuery.all(bob))).isEmpty();
    }

    @Test
    void anExportHoldsEveryStateAndAttemptOfTheLearnerOnly() {
        var bob = LearnerId.of("bob");
        store.commit(new StoreCommit(richState(ADA, TRACK), List.of(attempt("a1", ADA, TRACK, "x"))));
        store.commit(StoreCommit.of(richState(ADA, "backend-go")));
        store.commit(new StoreCommit(richState(bob, TRACK), List.of(attempt("b1", bob, TRACK, "z"))));
        var export = store.export(ADA);
        assertThat(export.states()).extracting(LearnerState::trackId).containsExactlyInAnyOrder(TRACK, "backend-go");
        assertThat(export.attempts()).extracting(Attempt::id).containsExactly("a1");
    }

    @Test
    void anExportHoldsAttemptsOnATrackWhereTheLearnerHasNoState() {
        store.commit(new StoreCommit(richState(ADA, TRACK), List.of(attempt("a1", ADA, TRACK, "x"),
                attempt("g1", ADA, "backend-go", "y"))));
        assertThat(store.export(ADA).attempts()).extracting(Attempt::id)
                .as("a commit's attempts may be on another track than its state; an export holds them all")
                .containsExactlyInAnyOrder("a1", "g1");
    }

    @Test
    void aLearnerIdOfTwoHundredCharactersAnyScriptIsKeptApartFromItsLookalikes() {
        var longest = LearnerId.of("\u00e9\u5b66".repeat(100));
        var emoji = LearnerId.of("\uD83D\uDE00".repeat(200));
        var odd = List.of(LearnerId.of("a?"), LearnerId.of("a\uD800"), LearnerId.of("a/"), LearnerId.of("a\\"),
                LearnerId.of("a:"), LearnerId.of("a*"), LearnerId.of("a."), LearnerId.of(".."));
        var all = new java.util.ArrayList<LearnerId>(odd);
        all.add(longest);
        all.add(emoji);
        int i = 0;
        for (var id : all) {
            store.commit(new StoreCommit(richState(id, TRACK), List.of(attempt("i" + i++, id, TRACK, "x"))));
        }
        for (var id : all) {
            assertThat(store.load(new StateKey(id, TRACK))).as("the state of %s", id).isPresent();
            assertThatAttempts(store.attempts(AttemptQuery.all(id))).as("the attempts of %s, and no other's", id)
                    .hasSize(1);
            assertThat(store.export(id).states()).extracting(LearnerState::learnerId).containsExactly(id);
        }
        assertThat(store.delete(LearnerId.of("a?"))).isTrue();
        assertThat(store.load(new StateKey(LearnerId.of("a\uD800"), TRACK))).as("a lookalike survives").isPresent();
    }

    @Test
    void anExportImportedIntoAnEmptyStoreReproducesTheLearner() {
        var state = store.commit(new StoreCommit(richState(ADA, TRACK), List.of(fullAttempt("a1", ADA, TRACK, "x", T0))));
        store.commit(new StoreCommit(state, List.of(failedAttempt("a2", ADA, TRACK))));
        store.commit(new StoreCommit(richState(ADA, "backend-go"), List.of(fullAttempt("a3", ADA, "backend-go", "y",
                EXACT_INSTANTS.get(1)))));
        var export = store.export(ADA);
        MemoryStore empty = open(createStore());
        empty.importLearner(export);
        var imported = empty.export(ADA);
        assertSameAttempts("the imported learner's attempts", imported.attempts(), export.attempts());
        assertThat(imported.states()).containsExactlyInAnyOrderElementsOf(
                export.states().stream().map(s -> s.withStoreVersion(1)).toList());
    }

    @Test
    void anImportIntoAStoreHoldingTheLearnerOnOneTrackWritesNothing() {
        store.commit(new StoreCommit(richState(ADA, TRACK), List.of(attempt("a1", ADA, TRACK, "x"))));
        store.commit(StoreCommit.of(richState(ADA, "backend-go")));
        var export = store.export(ADA);
        // the learner held on a track of the export, then only on a track the export does not have
        for (String held : List.of("backend-go", "backend-java")) {
            MemoryStore other = open(createStore());
            other.commit(StoreCommit.of(richState(ADA, held)));
            var before = other.export(ADA);

            assertRefused("importing a learner into a store that holds them on " + held + " must throw "
                    + "VersionConflictException and write nothing (an import never merges into a learner held)",
                    () -> other.importLearner(export), VersionConflictException.class);

            var after = other.export(ADA);
            assertThat(after.states()).as("no state of the import stays (held on %s)", held)
                    .containsExactlyElementsOf(before.states());
            assertThatAttempts(after.attempts()).as("no attempt of the import stays (held on %s)", held).isEmpty();
        }
    }

    @Test
    void exportAndDeleteMatchTheLearnerIdExactlyNeverByPrefixPatternOrCase() {
        var lookalikes = List.of(LearnerId.of("adam"), LearnerId.of("ad%"), LearnerId.of("ad_"), LearnerId.of("ADA"),
                LearnerId.of("ada\\"), LearnerId.of("ad"));
        store.commit(new StoreCommit(richState(ADA, TRACK), List.of(attempt("a1", ADA, TRACK, "x"))));
        int i = 0;
        for (var other : lookalikes) {
            store.commit(new StoreCommit(richState(other, TRACK), List.of(attempt("o" + i++, other, TRACK, "y"))));
        }

        assertThat(store.export(ADA).states()).extracting(LearnerState::learnerId).containsExactly(ADA);
        assertThatAttempts(store.export(ADA).attempts()).extracting(Attempt::id).containsExactly("a1");
        assertThat(store.export(LearnerId.of("ad%")).attempts()).hasSize(1);
        assertThat(store.delete(ADA)).isTrue();
        for (var other : lookalikes) {
            assertThat(store.load(new StateKey(other, TRACK))).as("%s survives deleting %s", other, ADA).isPresent();
            assertThatAttempts(store.attempts(AttemptQuery.all(other))).as("%s's attempts survive", other).hasSize(1);
        }
        assertThat(store.delete(LearnerId.of("ad%"))).isTrue();
        assertThat(store.load(new StateKey(LearnerId.of("adam"), TRACK))).isPresent();
    }

    @Test
    void deletingALearnerRemovesEveryTraceAndNothingElse() {
        var bob = LearnerId.of("bob");
        store.commit(new StoreCommit(richState(ADA, TRACK), List.of(attempt("a1", ADA, TRACK, "x"))));
        store.commit(new StoreCommit(richState(ADA, "backend-go"), List.of(attempt("a2", ADA, "backend-go", "x"))));
        store.commit(new StoreCommit(richState(bob, TRACK), List.of(attempt("b1", bob, TRACK, "y"))));
        assertThat(store.delete(ADA)).isTrue();
        Consumer<MemoryStore> noTrace = s -> {
            assertThat(s.load(new StateKey(ADA, TRACK))).isEmpty();
            assertThat(s.load(new StateKey(ADA, "backend-go"))).isEmpty();
            assertThatAttempts(s.attempts(AttemptQuery.all(ADA))).as("the deleted learner's attempts").isEmpty();
            assertThat(s.export(ADA).states()).as("the deleted learner's states in an export").isEmpty();
            assertThatAttempts(s.export(ADA).attempts()).as("the deleted learner's attempts in an export").isEmpty();
            assertThat(s.load(new StateKey(bob, TRACK))).as("another learner's state").isPresent();
            assertThatAttempts(s.attempts(AttemptQuery.all(bob))).as("another learner's attempts").hasSize(1);
        };
        noTrace.accept(store);
        reopenIfPersistent().ifPresent(noTrace);
        assertThat(store.delete(ADA)).isFalse();
        store.commit(new StoreCommit(richState(ADA, TRACK), List.of(attempt("a1", ADA, TRACK, "again"))));
        assertThatAttempts(store.attempts(AttemptQuery.all(ADA)))
                .as("a learner created again after a delete: only the new attempt, none of the deleted ones come back")
                .extracting(a -> a.answer().text()).containsExactly("again");
    }

    @Test
    void listsAStoreReturnsAreTheCallersAndChangingThemChangesNothingStored() {
        var state = store.commit(new StoreCommit(richState(ADA, TRACK), List.of(attempt("a1", ADA, TRACK, "x"),
                attempt("a2", ADA, TRACK, "y"))));
        var lists = List.<java.util.function.Supplier<List<Attempt>>>of(() -> store.attempts(AttemptQuery.all(ADA)),
                () -> store.attempts(AttemptPage.of(ADA, 0, 10)), () -> store.export(ADA).attempts());
        for (var list : lists) {
            try {
                list.get().clear();
            } catch (UnsupportedOperationException unmodifiable) {
                // an unmodifiable list is the caller's too
            }
        }
        assertThatAttempts(store.attempts(AttemptQuery.all(ADA))).as("attempts after a caller cleared the lists it was "
                + "given: return copies or unmodifiable lists, never the store's own").extracting(Attempt::id)
                .containsExactly("a1", "a2");
        assertThat(store.load(StateKey.of(state))).contains(state);
    }

    @Test
    void aClosedStoreFailsClearly() throws Exception {
        store.commit(StoreCommit.of(richState(ADA, TRACK)));
        store.close();
        var key = new StateKey(ADA, TRACK);
        List<Runnable> calls = List.of(() -> store.load(key), () -> store.commit(StoreCommit.of(richState(ADA, "x"))),
                () -> store.attempts(AttemptQuery.all(ADA)), () -> store.export(ADA), () -> store.delete(ADA));
        String[] names = {"load", "commit", "attempts", "export", "delete"};
        for (int i = 0; i < calls.size(); i++) {
            assertThatThrownBy(calls.get(i)::run).as("%s on a closed store must throw a StoreException that says "
                    + "it is closed", names[i]).isInstanceOf(StoreException.class).hasMessageContaining("closed");
        }
        store.close();
    }

    @Test
    void everythingComesBackAfterCloseAndReopen() throws Exception {
        Assumptions.assumeTrue(persistent(), "the store keeps nothing beyond its own life (reopen() is empty)");
        var full = fullAttempt("a1", ADA, TRACK, HostileAnswers.corpus().get("binary"), EXACT_INSTANTS.get(0));
        var saved = store.commit(new StoreCommit(richState(ADA, TRACK), List.of(full, failedAttempt("a2", ADA, TRACK))));
        var before = store.export(ADA);
        store.close();
        MemoryStore reopened = reopenIfPersistent().orElseThrow();
        assertThat(reopened.load(StateKey.of(saved))).contains(saved);
        assertThat(reopened.export(ADA)).isEqualTo(before);
        assertThat(reopened.commit(StoreCommit.of(saved)).storeVersion()).isEqualTo(2);
    }

    @Test
    void twoHandlesOnOneStorageSeeEachOthersWritesAndConflicts() {
        Assumptions.assumeTrue(persistent(), "the store has no second handle on its storage (reopen() is empty)");
        MemoryStore other = reopenIfPersistent().orElseThrow();
        var v1 = store.commit(new StoreCommit(richState(ADA, TRACK), List.of(attempt("a1", ADA, TRACK, "one"))));
        assertThat(other.load(StateKey.of(v1))).contains(v1);
        var v2 = other.commit(new StoreCommit(v1, List.of(attempt("a2", ADA, TRACK, "two"))));
        assertThatThrownBy(() -> store.commit(new StoreCommit(v1, List.of(attempt("a3", ADA, TRACK, "three")))))
                .as("a commit expecting a version the other handle already replaced must be refused")
                .isInstanceOf(VersionConflictException.class);
        assertThat(store.load(StateKey.of(v1))).contains(v2);
        assertThatAttempts(store.attempts(AttemptQuery.all(ADA))).extracting(Attempt::id).containsExactly("a1", "a2");
    }

    @Test
    void aHandleThatReadAttemptsBeforeSeesThoseAnotherHandleAppendsAfter() {
        Assumptions.assumeTrue(persistent(), "the store has no second handle on its storage (reopen() is empty)");
        MemoryStore other = reopenIfPersistent().orElseThrow();
        var v1 = store.commit(new StoreCommit(richState(ADA, TRACK), List.of(attempt("a1", ADA, TRACK, "one"))));
        assertThatAttempts(other.attempts(AttemptQuery.all(ADA))).extracting(Attempt::id).containsExactly("a1");
        assertThatAttempts(other.attempts(AttemptQuery.recent(ADA, TRACK, 10))).extracting(Attempt::id)
                .containsExactly("a1");
        store.commit(new StoreCommit(v1, List.of(attempt("a2", ADA, TRACK, "two"))));
        assertThatAttempts(other.attempts(AttemptQuery.all(ADA))).extracting(Attempt::id)
                .as("read again after the other handle's commit").containsExactly("a1", "a2");
        assertThatAttempts(other.attempts(AttemptQuery.recent(ADA, TRACK, 10))).extracting(Attempt::id)
                .containsExactly("a1", "a2");
        assertThat(other.export(ADA).attempts()).extracting(Attempt::id).containsExactly("a1", "a2");
    }
}
