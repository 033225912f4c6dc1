package dev.interviewcoach.core.internal.progression;

import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.TODAY;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.answer;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.bossAnswer;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.card;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.holding;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.progression;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.track;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.withCards;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.Placement;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.core.BossStatus;
import dev.interviewcoach.core.BossStatus.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A boss question's status says what the progression does with it: passed, open, or waiting and on what. */
class BossStandingTests {
    private final Progression progression = progression();

    private static List<Attempt> designPasses() {
        return List.of(answer(track().challenges("http", ChallengeLevel.DESIGN).get(0), StepReason.PRACTICE, 0.9, 1),
                answer(track().challenges("rest", ChallengeLevel.DESIGN).get(0), StepReason.PRACTICE, 0.9, 2));
    }

    private BossStatus status(LearnerState state, List<Attempt> recent) {
        var statuses = progression.bosses(TrackIndex.of(track()), state, recent, EarlierAttempts.none(), TODAY);
        assertThat(statuses).hasSize(1);
        return statuses.get(0);
    }

    private boolean asked(LearnerState state, List<Attempt> recent) {
        return progression.next(track(), state, recent, TODAY).orElseThrow().reason() == StepReason.BOSS;
    }

    @Test
    void theStatusIsOpenExactlyWhenTheProgressionAsksTheBoss() {
        assertThat(status(holding(4, 4), designPasses()).state()).isEqualTo(BossStatus.State.OPEN);
        assertThat(asked(holding(4, 4), designPasses())).isTrue();

        var onlyHttp = List.of(designPasses().get(0));
        var waiting = status(holding(4, 4), onlyHttp);
        assertThat(waiting.state()).isEqualTo(BossStatus.State.WAITING);
        assertThat(waiting.waitingOn()).singleElement().satisfies(g -> {
            assertThat(g.conceptId()).isEqualTo("rest");
            assertThat(g.reason()).isEqualTo(Reason.NO_RECENT_PASS);
        });
        assertThat(asked(holding(4, 4), onlyHttp)).isFalse();
    }

    @Test
    void aConceptPlacedAboveTheBossRungAndConfirmedAtItKeepsNothingWaiting() {
        var held = holding(4, 4);
        var placedAtPressure = List.of(new Placement("http", Optional.of(ChallengeLevel.PRESSURE), 0.97, List.of()),
                new Placement("rest", Optional.of(ChallengeLevel.PRESSURE), 0.97, List.of()));
        var state = new LearnerState(held.learnerId(), held.trackId(), held.schemaVersion(), 0, held.profile(),
                held.mastery(), held.misconceptions(), held.reviews(), placedAtPressure, held.updatedAt());

        assertThat(status(state, designPasses()).state()).isEqualTo(BossStatus.State.OPEN);
        assertThat(asked(state, designPasses())).isTrue();
    }

    @Test
    void aPassedBossStaysPassedWithItsAnswerEvenWhenARungItCoversFadesAfterwards() {
        var recent = new ArrayList<>(designPasses());
        recent.add(bossAnswer(0.8, 0.78, 3));
        var faded = withCards(holding(4, 4), List.of(card("http", ChallengeLevel.DESIGN, TODAY.minusDays(60),
                TODAY.minusDays(5))));

        var status = status(faded, recent);

        assertThat(status.state()).isEqualTo(BossStatus.State.PASSED);
        assertThat(status.lastAnswer()).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("a3"));
        assertThat(status.waitingOn()).isEmpty();
        assertThat(asked(faded, recent)).isFalse();
    }

    @Test
    void aFadedBossRungIsNamedWithItsPredictedRecallAsItsReviewSaysIt() {
        var faded = withCards(holding(4, 4), List.of(card("http", ChallengeLevel.DESIGN, TODAY.minusDays(60),
                TODAY.minusDays(5))));

        var status = status(faded, designPasses());

        assertThat(status.state()).isEqualTo(BossStatus.State.WAITING);
        assertThat(status.waitingOn()).singleElement().satisfies(g -> {
            assertThat(g.conceptId()).isEqualTo("http");
            assertThat(g.reason()).isEqualTo(Reason.FADED);
            assertThat(g.why()).contains("DESIGN was confirmed, but its predicted recall has fallen to");
        });
    }

    @Test
    void aBossRungNotConfirmedByAnswersIsNamedAsSuchWhateverTheRungsAbove() {
        var status = status(holding(3, 4), designPasses());

        assertThat(status.waitingOn()).extracting(BossStatus.Gap::conceptId, BossStatus.Gap::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("http", Reason.NOT_CONFIRMED));
        assertThat(status.waitingOn().get(0).why()).startsWith("DESIGN is not confirmed by your own answers yet")
                .contains("no answer there yet").doesNotContain("placement");

        var held = holding(3, 4);
        var placed = List.of(new Placement("http", Optional.of(ChallengeLevel.PRESSURE), 0.97, List.of()),
                new Placement("rest", Optional.empty(), 0.5, List.of()));
        var state = new LearnerState(held.learnerId(), held.trackId(), held.schemaVersion(), 0, held.profile(),
                held.mastery(), held.misconceptions(), held.reviews(), placed, held.updatedAt());
        assertThat(status(state, designPasses()).waitingOn()).singleElement()
                .satisfies(g -> assertThat(g.why()).as("only a placed concept is told a placement does not count")
                        .contains("a placement alone does not count"));
    }

    /** holding(3, 4) with an estimate for http at DESIGN that is not confirmed. */
    private static LearnerState withHttpDesign(double probability, int evidence) {
        var held = holding(3, 4);
        var mastery = new ArrayList<>(held.mastery());
        mastery.add(new dev.interviewcoach.api.Mastery("http", ChallengeLevel.DESIGN, probability, evidence,
                dev.interviewcoach.api.MasteryStatus.TENTATIVE, List.of("a1")));
        return new LearnerState(held.learnerId(), held.trackId(), held.schemaVersion(), 0, held.profile(), mastery,
                held.misconceptions(), held.reviews(), held.placements(), held.updatedAt());
    }

    @Test
    void anEstimateJustBelowTheConfirmingMarkIsNeverQuotedAsTheMarkAndOneAboveItSaysWhatStillConfirmsIt() {
        String below = status(withHttpDesign(0.847, 3), designPasses()).waitingOn().get(0).why();
        assertThat(below).contains("its estimate is 84 %", "confirmed from 85 %").doesNotContain("is 85 %");
        String thin = status(withHttpDesign(0.9, 1), designPasses()).waitingOn().get(0).why();
        assertThat(thin).contains("its estimate is 90 %", "once 2 answers back it");
        String lagging = status(withHttpDesign(0.9, 3), designPasses()).waitingOn().get(0).why();
        assertThat(lagging).contains("its estimate is 90 %", "the next passing answer there confirms it");
    }

    @Test
    void afterAMissedBossTheConceptItWasWeakestOnIsNamedWithThePassesItStillWaitsFor() {
        var recent = new ArrayList<>(designPasses());
        recent.add(bossAnswer(0.2, 0.8, 3));

        var status = status(holding(4, 4), recent);

        assertThat(status.state()).isEqualTo(BossStatus.State.WAITING);
        assertThat(status.lastAnswer()).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("a3"));
        assertThat(status.waitingOn()).singleElement().satisfies(g -> {
            assertThat(g.conceptId()).isEqualTo("http");
            assertThat(g.reason()).isEqualTo(Reason.WEAKEST_IN_LAST_ANSWER);
            assertThat(g.why()).contains("after 1 more passing answer at DESIGN or above");
        });
    }
}
