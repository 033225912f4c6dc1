package dev.interviewcoach.core.internal.progression;

import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.TODAY;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.answer;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.card;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.holding;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.progression;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.track;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.withCards;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.StepReason;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

/** No challenge comes back while its rung has unasked ones, never twice in a row, and a finished track says so. */
class RotationTests {
    private final Progression progression = progression();

    /** Answers every step with the given scores in turn and returns the steps' challenge ids. */
    private List<Attempt> run(Progression p, int steps, double... scores) {
        var attempts = new ArrayList<Attempt>();
        var state = holding(1, 1);
        for (int i = 0; i < steps; i++) {
            var choice = p.next(track(), state, attempts, TODAY).orElseThrow();
            attempts.add(answer(choice.challenge(), choice.reason(), scores[i % scores.length], i, "point"));
        }
        return attempts;
    }

    /**
     * As {@link #run}, but progression sees only the latest {@code window} attempts, as the answer flow
     * gives them, and finds older ones through the store's lookup by challenge.
     */
    private List<Attempt> runSeeingOnlyTheLatest(int window, int steps, double... scores) {
        var attempts = new ArrayList<Attempt>();
        var state = holding(1, 1);
        for (int i = 0; i < steps; i++) {
            int from = Math.max(0, attempts.size() - window);
            var older = List.copyOf(attempts.subList(0, from));
            EarlierAttempts earlier = new EarlierAttempts() {
                @Override
                public java.util.Optional<Attempt> lastScored(String challengeId) {
                    return older.stream().filter(a -> a.challengeId().equals(challengeId)).reduce((a, b) -> b);
                }

                @Override
                public java.util.Optional<java.time.Instant> lastAsked(String challengeId) {
                    return lastScored(challengeId).map(Attempt::at);
                }
            };
            var choice = progression.next(TrackIndex.of(track()), state, List.copyOf(attempts.subList(from, attempts.size())),
                    earlier, TODAY, java.util.Optional.empty()).orElseThrow();
            attempts.add(answer(choice.challenge(), choice.reason(), scores[i % scores.length], i, "point"));
        }
        return attempts;
    }

    private static void assertNoChallengeCameBackWhileItsRungHadUnaskedOnes(List<Attempt> attempts) {
        var asked = new HashSet<String>();
        for (var a : attempts) {
            if (FollowUps.isFollowUp(a.challengeId())) {
                continue;
            }
            String id = a.challengeId();
            if (asked.contains(id)) {
                var cell = track().challenges(a.conceptId(), a.level());
                assertThat(cell).as("all of %s asked before %s came back", a.level(), id)
                        .allSatisfy(c -> assertThat(asked).contains(c.id()));
            }
            asked.add(id);
        }
    }

    @Test
    void aConceptWithoutQuestionsAtARungIsCompleteOnceItsRungsWithQuestionsAreHeldNotAskedRoundAndRound() {
        var full = track();
        var withoutRestPressure = new dev.interviewcoach.api.Track(full.id(), full.title(), full.version(), "",
                java.util.Optional.empty(), full.concepts(), full.challenges().stream()
                        .filter(c -> !(c.conceptId().equals("rest") && c.level() == ChallengeLevel.PRESSURE)).toList(),
                List.of(), List.of());
        var state = holding(5, 4);
        assertThat(progression.next(withoutRestPressure, state, List.of(), TODAY))
                .as("every rung with a question is held, nothing is due: the track is complete").isEmpty();
        var gap = new dev.interviewcoach.api.Track(full.id(), full.title(), full.version(), "", java.util.Optional.empty(),
                full.concepts(), full.challenges().stream()
                        .filter(c -> !(c.conceptId().equals("rest") && c.level() == ChallengeLevel.DESIGN)).toList(),
                List.of(), List.of());
        var next = progression.next(gap, holding(5, 3), List.of(), TODAY).orElseThrow();
        assertThat(next.challenge().conceptId()).isEqualTo("rest");
        assertThat(next.challenge().level()).as("a rung without questions is skipped, not stood on")
                .isEqualTo(ChallengeLevel.PRESSURE);
    }

    @Test
    void aChallengeAskedBeforeTheRecentAttemptsIsNotNewAgainWhileItsRungHasUnaskedOnes() {
        assertNoChallengeCameBackWhileItsRungHadUnaskedOnes(runSeeingOnlyTheLatest(6, 80, 0.3, 0.9, 0.5));
    }

    @Test
    void neverTheSameChallengeTwiceInARowWhateverTheAnswers() {
        QuickTheory.qt().withExamples(40).forAll(SourceDSL.lists().of(SourceDSL.doubles().between(0, 1))
                .ofSizeBetween(1, 6)).checkAssert(scores -> {
                    var attempts = run(progression, 40, scores.stream().mapToDouble(Double::doubleValue).toArray());
                    for (int i = 1; i < attempts.size(); i++) {
                        assertThat(attempts.get(i).challengeId()).isNotEqualTo(attempts.get(i - 1).challengeId());
                    }
                });
    }

    @Test
    void aUsedUpFrontierAtOrBelowTheBossRungComesBackBeforeAnotherConceptClimbsPastIt() {
        var design = track().challenges("rest", ChallengeLevel.DESIGN);
        var attempts = new ArrayList<Attempt>();
        for (int i = 0; i < design.size(); i++) {
            attempts.add(answer(design.get(i), StepReason.PRACTICE, 0.3, i + 1, "point"));
        }
        attempts.add(answer(track().challenges("http", ChallengeLevel.DESIGN).get(0), StepReason.PRACTICE, 0.9, 9));
        var choice = progression.next(track(), holding(4, 3), attempts, TODAY).orElseThrow();
        assertThat(choice.reason()).isEqualTo(StepReason.PRACTICE);
        assertThat(choice.challenge().id()).as("not HTTP at PRESSURE while REST is below DESIGN")
                .isEqualTo(design.get(0).id());
        assertThat(choice.why()).contains("asked longest ago");
    }

    @Test
    void aChallengeComesBackOnlyOnceEveryChallengeOfItsRungWasAsked() {
        assertNoChallengeCameBackWhileItsRungHadUnaskedOnes(run(progression, 60, 0.3));
    }

    @Test
    void aLargerWindowKeepsAChallengeAwayForThatManyAttempts() {
        var attempts = run(progression(new Settings(6, ChallengeLevel.DESIGN, 2)), 80, 0.3, 0.5);
        for (int i = 0; i < attempts.size(); i++) {
            if (FollowUps.isFollowUp(attempts.get(i).challengeId())) {
                continue; // a follow-up comes right after its question, by design
            }
            for (int j = Math.max(0, i - 6); j < i; j++) {
                assertThat(FollowUps.baseId(attempts.get(i).challengeId()))
                        .isNotEqualTo(FollowUps.baseId(attempts.get(j).challengeId()));
            }
        }
    }

    @Test
    void everyConceptHeldThroughPressureWithNothingDueAndTheBossPassedIsATrackComplete() {
        var attempts = List.of(ProgressionFixtures.bossAnswer(0.9, 0.9, 1));
        assertThat(progression.next(track(), holding(5, 5), attempts, TODAY)).isEmpty();
    }

    @Test
    void aRungBelowOneTheLearnersAnswersConfirmIsNotConsolidatedButOneAboveIs() {
        // placed through PRESSURE on both concepts by the diagnosis; answers confirm DESIGN only
        var held = holding(0, 0);
        var mastery = new ArrayList<dev.interviewcoach.api.Mastery>();
        var cards = new ArrayList<dev.interviewcoach.api.ReviewCard>();
        var placements = new ArrayList<dev.interviewcoach.api.Placement>();
        for (String c : ProgressionFixtures.CONCEPTS) {
            mastery.add(new dev.interviewcoach.api.Mastery(c, ChallengeLevel.DESIGN, 0.95, 3,
                    dev.interviewcoach.api.MasteryStatus.MASTERED, List.of()));
            cards.add(card(c, ChallengeLevel.DESIGN, TODAY.minusDays(1), TODAY.plusDays(30)));
            placements.add(new dev.interviewcoach.api.Placement(c, java.util.Optional.of(ChallengeLevel.PRESSURE), 0.9,
                    List.of("d-" + c)));
        }
        var state = new dev.interviewcoach.api.LearnerState(held.learnerId(), held.trackId(), held.schemaVersion(), 0,
                held.profile(), mastery, List.of(), cards, placements, held.updatedAt());
        var attempts = List.of(ProgressionFixtures.bossAnswer(0.9, 0.9, 1));
        var choice = progression.next(track(), state, attempts, TODAY).orElseThrow();
        assertThat(choice.reason()).isEqualTo(StepReason.PRACTICE);
        assertThat(choice.challenge().level()).as("consolidated: %s", choice.why()).isEqualTo(ChallengeLevel.PRESSURE);
    }

    @Test
    void aCompleteTrackStillBringsReviewsAsTheyFallDue() {
        var attempts = List.of(ProgressionFixtures.bossAnswer(0.9, 0.9, 1));
        var state = withCards(holding(5, 5), List.of(card("rest", ChallengeLevel.DEBUG, TODAY.minusDays(40), TODAY)));
        var choice = progression.next(track(), state, attempts, TODAY).orElseThrow();
        assertThat(choice.reason()).isEqualTo(StepReason.REVIEW);
        assertThat(choice.challenge().conceptId()).isEqualTo("rest");
        assertThat(choice.challenge().level()).isEqualTo(ChallengeLevel.DEBUG);
    }
}
