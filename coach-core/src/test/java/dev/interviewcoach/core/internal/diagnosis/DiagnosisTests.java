package dev.interviewcoach.core.internal.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/** Adaptive placement on the numeric model: what it asks, when it stops and where it places. */
class DiagnosisTests {
    private static final int CONCEPTS = 8;
    private final Diagnosis diagnosis = new Diagnosis(DiagnosisModel.standard(), Diagnosis.Policy.standard());

    /** A deterministic candidate: full marks up to the held rung, little above it. */
    private static double answer(int held, int rung) {
        return rung <= held ? 0.9 : rung == held + 1 ? 0.35 : 0.1;
    }

    private record Run(List<Diagnosis.Cell> asked, AbilityPosterior posterior) {}

    private Run run(Diagnosis d, IntUnaryOperator heldByConcept) {
        var posterior = d.start(CONCEPTS);
        var asked = new ArrayList<Diagnosis.Cell>();
        for (var cell = d.next(posterior, 0, Diagnosis.Availability.all()); cell.isPresent();
                cell = d.next(posterior, asked.size(), Diagnosis.Availability.all())) {
            asked.add(cell.get());
            int held = heldByConcept.applyAsInt(cell.get().concept());
            posterior.observe(cell.get().concept(), cell.get().rung(), answer(held, cell.get().rung()));
        }
        return new Run(asked, posterior);
    }

    @Test
    void theFirstQuestionAimsAtTheMiddleOfTheLadderWhereItTellsMost() {
        var first = diagnosis.next(diagnosis.start(CONCEPTS), 0, Diagnosis.Availability.all()).orElseThrow();
        assertThat(first.rung()).isBetween(2, 4);
        for (int rung = 1; rung <= 5; rung++) {
            assertThat(Information.about(diagnosis.start(CONCEPTS), 0, rung))
                    .isLessThanOrEqualTo(Information.about(diagnosis.start(CONCEPTS), 0, first.rung()));
        }
    }

    @Test
    void theSameAnswersGiveTheSameQuestionsAndPlacements() {
        var one = run(diagnosis, c -> c % 6);
        var two = run(diagnosis, c -> c % 6);
        assertThat(one.asked()).isEqualTo(two.asked());
        for (int c = 0; c < CONCEPTS; c++) {
            assertThat(one.posterior().levelProbabilities(c)).containsExactly(two.posterior().levelProbabilities(c));
        }
    }

    @Test
    void itStopsAtTheBudget() {
        var twelve = new Diagnosis(DiagnosisModel.standard(), Diagnosis.Policy.standard().withBudget(12));
        assertThat(run(twelve, c -> 3).asked()).hasSize(12);
        assertThat(run(diagnosis, c -> 3).asked()).hasSizeLessThanOrEqualTo(20);
    }

    @Test
    void itStopsAskingAboutAConceptOnceItsPlacementIsConfident() {
        var generous = new Diagnosis(DiagnosisModel.standard(), Diagnosis.Policy.standard().withBudget(200));
        var result = run(generous, c -> 2);
        assertThat(result.asked()).hasSizeLessThan(200);
        for (int c = 0; c < CONCEPTS; c++) {
            assertThat(generous.settled(result.posterior(), c)).isTrue();
            assertThat(result.posterior().placedLevel(c)).isEqualTo(2);
        }
        assertThat(generous.next(result.posterior(), result.asked().size(), Diagnosis.Availability.all())).isEmpty();
    }

    @Test
    void consistentAnswersPlaceEachConceptAtTheRungHeld() {
        var generous = new Diagnosis(DiagnosisModel.standard(), Diagnosis.Policy.standard().withBudget(60));
        int[] held = {0, 1, 2, 3, 4, 5, 2, 3};
        var result = run(generous, c -> held[c]);
        for (int c = 0; c < CONCEPTS; c++) {
            assertThat(result.posterior().placedLevel(c)).as("concept %d", c).isEqualTo(held[c]);
        }
    }

    @Test
    void answersOnSomeConceptsInformTheOthersThroughTheSharedLevel() {
        var posterior = diagnosis.start(CONCEPTS);
        double before = expectedLevel(posterior.levelProbabilities(2));
        for (int rung = 1; rung <= 5; rung++) {
            posterior.observe(0, rung, 0.95);
            posterior.observe(1, rung, 0.95);
        }
        assertThat(expectedLevel(posterior.levelProbabilities(2))).isGreaterThan(before + 0.5);
    }

    @Test
    void theShareOfConceptsFreeOfTheGeneralLevelIsLearnedFromTheAnswers() {
        var uneven = diagnosis.start(CONCEPTS);
        var even = diagnosis.start(CONCEPTS);
        double prior = uneven.expectedShare();
        for (int c = 0; c < CONCEPTS; c++) {
            for (int rung = 1; rung <= 5; rung++) {
                uneven.observe(c, rung, answer(c % 2 == 0 ? 0 : 5, rung));
                even.observe(c, rung, answer(c % 2 == 0 ? 2 : 3, rung));
            }
        }
        assertThat(uneven.expectedShare()).isGreaterThan(prior + 0.15);
        assertThat(even.expectedShare()).isLessThan(prior - 0.1);
    }

    @Test
    void aGraderThatAddsToEveryScoreIsRecognisedAndDoesNotLiftThePlacement() {
        var lenient = diagnosis.start(CONCEPTS);
        var plain = diagnosis.start(CONCEPTS);
        for (int c = 0; c < CONCEPTS; c++) {
            for (int rung = 1; rung <= 5; rung++) {
                lenient.observe(c, rung, Math.min(1, answer(2, rung) + 0.15));
                plain.observe(c, rung, answer(2, rung));
            }
        }
        assertThat(lenient.expectedShift()).isGreaterThan(0.05);
        assertThat(Math.abs(plain.expectedShift())).isLessThan(0.03);
        for (int c = 0; c < CONCEPTS; c++) {
            assertThat(lenient.placedLevel(c)).isEqualTo(2);
        }
    }

    @Test
    void contradictoryAnswersAreCreditedToANoisierGraderAndLowerTheConfidence() {
        var contradictory = diagnosis.start(CONCEPTS);
        var consistent = diagnosis.start(CONCEPTS);
        for (int c = 0; c < CONCEPTS; c++) {
            for (int rung = 1; rung <= 5; rung++) {
                boolean flip = (c + rung) % 3 == 0;
                double score = answer(2, rung);
                contradictory.observe(c, rung, flip ? 1 - score : score);
                consistent.observe(c, rung, score);
            }
        }
        double[] noisy = contradictory.graderKinds();
        double[] reliable = consistent.graderKinds();
        assertThat(noisy[noisy.length - 1]).isGreaterThan(reliable[reliable.length - 1] + 0.3);
        assertThat(reliable[0]).isGreaterThan(noisy[0] + 0.3);
        assertThat(contradictory.confidence(0)).isLessThan(consistent.confidence(0));
    }

    @Test
    void aQuestionGoesWhereItCanChangeAPlacementNotOnlyWhereItTellsMost() {
        // a borderline answer at DEFINE and a failed TRADEOFFS leave the learner at 0 or 1: asking
        // DEFINE again decides between them; the rung in between tells more but changes less
        var posterior = diagnosis.start(1);
        posterior.observe(0, 1, 0.35);
        posterior.observe(0, 3, 0.35);
        for (int rung = 1; rung <= 5; rung++) {
            assertThat(Information.accuracyGain(posterior, 0, rung))
                    .isLessThanOrEqualTo(Information.accuracyGain(posterior, 0, 1) + 1e-12);
        }
        assertThat(Information.about(posterior, 0, 2)).isGreaterThan(Information.about(posterior, 0, 1));
        assertThat(diagnosis.next(posterior, 2, Diagnosis.Availability.all()).orElseThrow().rung()).isEqualTo(1);
    }

    private static double expectedLevel(double[] p) {
        double mean = 0;
        for (int k = 0; k < p.length; k++) {
            mean += k * p[k];
        }
        return mean;
    }
}
