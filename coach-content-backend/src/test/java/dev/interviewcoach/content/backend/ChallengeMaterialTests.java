package dev.interviewcoach.content.backend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.SampleKind;
import dev.interviewcoach.api.CalibrationSample;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every challenge carries the full material its rung needs: rubric, misconceptions, hints, follow-ups, sources, samples. */
class ChallengeMaterialTests {
    static Stream<Challenge> ladder() {
        return Tracks.BACKEND_GO.challenges().stream();
    }

    static Stream<Challenge> all() {
        return Tracks.everyChallenge().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void theRubricHasEnoughWeightedCriteriaEachWithSeveralParaphrases(Challenge c) {
        int needed = c.level() == ChallengeLevel.DESIGN || c.level() == ChallengeLevel.PRESSURE ? 4 : 3;
        assertThat(c.rubric().criteria()).hasSizeGreaterThanOrEqualTo(needed);
        for (Criterion criterion : c.rubric().criteria()) {
            for (Evidence e : criterion.evidence()) {
                assertThat(e.paraphrases()).as(criterion.id() + " evidence " + e.paraphrases()).hasSizeGreaterThanOrEqualTo(2);
            }
        }
        var checkedTopics = new HashSet<String>();
        c.rubric().criteria().forEach(k -> checkedTopics.add(k.topicId().orElse(c.topicId())));
        assertThat(checkedTopics).as("every tagged topic has a criterion").containsAll(c.allTopicIds());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void theChallengeHasMisconceptionsAReferenceHintsFollowUpsAndSources(Challenge c) {
        assertThat(c.misconceptions()).isNotEmpty();
        assertThat(c.referenceAnswer()).isNotBlank();
        assertThat(c.hints()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(c.followUps()).isNotEmpty();
        assertThat(c.sources()).isNotEmpty().allSatisfy(s -> assertThat(s.url()).isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void theChallengeHasCalibrationSamplesOfAllSixKinds(Challenge c) {
        var kinds = EnumSet.noneOf(SampleKind.class);
        c.samples().forEach(s -> kinds.add(s.kind()));
        assertThat(kinds).containsExactlyInAnyOrder(SampleKind.values());
        for (CalibrationSample s : c.samples()) {
            assertThat(s.band().high()).as(s.kind() + " band").isLessThanOrEqualTo(s.kind().defaultBand().high());
            if (s.kind() == SampleKind.MISCONCEPTION) {
                assertThat(s.misconceptionId()).isPresent();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ladder")
    void eachRungAsksWhatItSays(Challenge c) {
        var prompt = c.prompt();
        switch (c.level()) {
            case DEBUG -> assertThat(prompt.scenario()).as("a DEBUG scenario with symptoms").isPresent();
            case DESIGN -> {
                assertThat(prompt.constraints()).as("DESIGN constraints").isNotEmpty();
                assertThat(String.join(" ", prompt.constraints()) + prompt.scenario().orElse(""))
                        .as("DESIGN constraints carry numbers").containsPattern("\\d");
            }
            case PRESSURE -> {
                assertThat(prompt.timeLimit()).hasValueSatisfying(t ->
                        assertThat(t).isBetween(Duration.ofSeconds(60), Duration.ofSeconds(180)));
                assertThat(prompt.wordBudget()).isPresent();
                assertThat(c.followUps()).as("an interviewer's push-back follow-up")
                        .anyMatch(f -> f.question().toLowerCase(Locale.ROOT).contains("push"));
            }
            default -> assertThat(prompt.timeLimit()).isEmpty();
        }
    }
}
