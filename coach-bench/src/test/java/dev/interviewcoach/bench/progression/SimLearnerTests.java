package dev.interviewcoach.bench.progression;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The simulated learner learns at the frontier, faster with follow-ups and hints, and forgets without practice. */
class SimLearnerTests {
    @Test
    void practiceAtTheFrontierTeachesAndFollowUpsAndHintsTeachMore() {
        var plain = new SimLearner(new double[] {1.0}, 0.2);
        var followUp = plain.copy();
        var hint = plain.copy();
        plain.practise(0, 2, 0, SimLearner.Teaching.PLAIN);
        followUp.practise(0, 2, 0, SimLearner.Teaching.FOLLOW_UP);
        hint.practise(0, 2, 0, SimLearner.Teaching.HINT);
        assertThat(plain.skill(0, 0)).isEqualTo(1.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(followUp.skill(0, 0)).isGreaterThan(hint.skill(0, 0));
        assertThat(hint.skill(0, 0)).isGreaterThan(plain.skill(0, 0));
    }

    @Test
    void whatWasLearntFadesWithoutPracticeAndTheBaseStays() {
        var learner = new SimLearner(new double[] {1.0}, 0.3);
        for (int i = 0; i < 5; i++) {
            learner.practise(0, (int) Math.floor(learner.skill(0, 0)) + 1, 0, SimLearner.Teaching.PLAIN);
        }
        double learnt = learner.skill(0, 0);
        assertThat(learnt).isGreaterThan(2);
        assertThat(learner.skill(0, 10)).isLessThan(learnt);
        assertThat(learner.skill(0, 1000)).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aQuestionFarAboveTheFrontierTeachesNothing() {
        var learner = new SimLearner(new double[] {0.5}, 0.3);
        learner.practise(0, 4, 0, SimLearner.Teaching.PLAIN);
        assertThat(learner.skill(0, 0)).isEqualTo(0.5);
    }
}
