package dev.interviewcoach.core.internal.learner;

import static dev.interviewcoach.core.internal.LearnerFixtures.NOW;
import static dev.interviewcoach.core.internal.LearnerFixtures.attempt;
import static dev.interviewcoach.core.internal.LearnerFixtures.initial;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.DimensionResult;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.Mastery;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.api.MasteryChange;
import dev.interviewcoach.core.internal.BossFixtures;
import dev.interviewcoach.core.internal.memory.Fsrs;
import dev.interviewcoach.core.internal.memory.ReviewScheduler;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A boss answer's per-dimension grades feed back into every concept its dimensions cover. */
class BossEvidenceTests {
    private final LearnerModel model = new LearnerModel(new ReviewScheduler(Fsrs.defaults(), 0.9), ZoneOffset.UTC);

    @Test
    void eachConceptMovesByTheScoreOfTheDimensionsThatNameIt() {
        var boss = BossFixtures.boss();
        var grade = Grade.ok(0.5, List.of(), List.of(new DimensionResult("api", 1.0), new DimensionResult("data", 0.0)),
                List.of(), "", "fake", "1");
        var update = model.apply(initial(), boss, attempt("b1", boss, grade, NOW, StepReason.BOSS), NOW);
        assertThat(update.changes()).extracting(MasteryChange::conceptId).containsOnly("http", "rest", "databases")
                .contains("http", "rest", "databases");
        double http = update.state().mastery("http", ChallengeLevel.DESIGN).map(Mastery::probability).orElseThrow();
        double rest = update.state().mastery("rest", ChallengeLevel.DESIGN).map(Mastery::probability).orElseThrow();
        double databases = update.state().mastery("databases", ChallengeLevel.DESIGN).map(Mastery::probability).orElseThrow();
        assertThat(http).as("api dimension was perfect").isGreaterThan(databases);
        assertThat(rest).as("rest is named by both dimensions: their mean").isStrictlyBetween(databases, http);
        assertThat(update.state().mastery("http", ChallengeLevel.DESIGN).orElseThrow().recentAttemptIds()).containsExactly("b1");
    }

    @Test
    void aBossGradeWithoutDimensionResultsMovesTheChallengesOwnConcept() {
        var boss = BossFixtures.boss();
        var update = model.apply(initial(), boss, attempt("b1", boss, 0.9, NOW), NOW);
        assertThat(update.changes()).extracting(MasteryChange::conceptId).containsOnly(boss.conceptId());
    }
}
