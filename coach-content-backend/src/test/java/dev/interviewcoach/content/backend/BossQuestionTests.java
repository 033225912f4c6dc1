package dev.interviewcoach.content.backend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.Dimension;
import dev.interviewcoach.api.SampleKind;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The boss question is the seed's, graded on six dimensions that each feed the concepts they cover. */
class BossQuestionTests {
    private static final String PROMPT = "Design a rate-limited backend API for submitting job applications. Cover HTTP "
            + "API design, database transaction boundaries, duplicate submission prevention, cache behavior, failure "
            + "handling, and test strategy.";

    private static Challenge boss() {
        assertThat(Tracks.BACKEND.bossChallenges()).hasSize(1);
        return Tracks.BACKEND.bossChallenges().get(0);
    }

    @Test
    void theBossPromptIsTheSeedQuestionVerbatim() {
        assertThat(boss().prompt().text().strip().replaceAll("\\s+", " ")).isEqualTo(PROMPT);
    }

    @Test
    void theRubricHasSixDimensionsEachWithSeveralCriteriaAndTheConceptsItFeeds() {
        var rubric = boss().rubric();
        assertThat(rubric.dimensions()).hasSize(6);
        for (Dimension d : rubric.dimensions()) {
            assertThat(d.conceptIds()).as(d.id()).isNotEmpty().allSatisfy(c -> assertThat(Tracks.BACKEND.concept(c)).isPresent());
            assertThat(rubric.criteria().stream().filter(c -> c.dimensionId().orElseThrow().equals(d.id())))
                    .as("criteria of " + d.id()).hasSizeGreaterThanOrEqualTo(2);
        }
        assertThat(rubric.dimensions().stream().flatMap(d -> d.conceptIds().stream()).distinct().count())
                .as("concepts the boss answer updates").isGreaterThanOrEqualTo(6);
    }

    @Test
    void everyDimensionHasAFollowUp() {
        var rubric = boss().rubric();
        for (Dimension d : rubric.dimensions()) {
            assertThat(boss().followUps()).as("follow-up for " + d.id()).anyMatch(f ->
                    rubric.criterion(f.criterionId()).flatMap(Criterion::dimensionId).orElseThrow().equals(d.id()));
        }
    }

    @Test
    void atLeastTenSamplesCarryABandForEveryDimensionAndTheBandsVary() {
        var samples = boss().samples();
        assertThat(samples).hasSizeGreaterThanOrEqualTo(10);
        var dimensionIds = boss().rubric().dimensions().stream().map(Dimension::id).toList();
        assertThat(samples).allSatisfy(s -> assertThat(s.dimensionBands().keySet()).containsExactlyInAnyOrderElementsOf(dimensionIds));
        assertThat(samples).anySatisfy(s -> {
            double highest = s.dimensionBands().values().stream().mapToDouble(b -> b.low()).max().orElseThrow();
            double lowest = s.dimensionBands().values().stream().mapToDouble(b -> b.high()).min().orElseThrow();
            assertThat(highest).as("a sample strong in one area").isGreaterThanOrEqualTo(0.6);
            assertThat(lowest).as("and silent in another").isLessThanOrEqualTo(0.3);
        });
        assertThat(samples).anyMatch(s -> s.kind() == SampleKind.KEYWORD_STUFFED);
        assertThat(samples).as("a sample that addresses the grader instead of the question")
                .anyMatch(s -> s.text().toLowerCase(Locale.ROOT).contains("grader"));
    }
}
