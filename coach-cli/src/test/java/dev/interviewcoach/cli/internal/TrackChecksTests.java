package dev.interviewcoach.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.Dimension;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.Prompt;
import dev.interviewcoach.api.Rubric;
import dev.interviewcoach.api.Track;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A track that loads can still leave a learner stuck or a boss unpassable; content check says so. */
class TrackChecksTests {
    private static Challenge rung(String concept, ChallengeLevel level) {
        return Challenge.of(concept + "." + level.name().toLowerCase() + ".one", concept, level, topic(),
                Prompt.of("Why?"), Rubric.of(List.of(Criterion.of("point", 1, "The point.", List.of(Evidence.of("point"))))),
                "The point.");
    }

    private static String topic() {
        return CliRun.TRACKS.load("backend").concepts().get(0).topics().get(0).id();
    }

    private static Track track(List<Challenge> ladder, Challenge boss) {
        var concepts = CliRun.TRACKS.load("backend").concepts().subList(0, 1);
        return new Track("t", "T", "1", "", Optional.empty(), concepts, ladder, List.of(boss), List.of());
    }

    @Test
    void aConceptRungWithoutAChallengeAndABossDimensionNoCriterionFeedsAreErrors() {
        String concept = CliRun.TRACKS.load("backend").concepts().get(0).id();
        var ladder = new ArrayList<Challenge>();
        for (var level : ChallengeLevel.values()) {
            if (level != ChallengeLevel.DEBUG) {
                ladder.add(rung(concept, level));
            }
        }
        var criteria = List.of(new Criterion("api", 1, false, "API.", Optional.empty(), Optional.of("delivery"),
                List.of(Evidence.of("429")), 1, Optional.empty()));
        var boss = Challenge.of("boss.t", concept, ChallengeLevel.DESIGN, topic(), Prompt.of("Design it."),
                new Rubric(criteria, List.of(new Dimension("delivery", "Delivery", List.of(concept), 1),
                        new Dimension("observability", "Observability", List.of(concept), 1))), "Use 429.");

        assertThat(TrackChecks.unworkable(track(ladder, boss))).containsExactly(
                "concept '" + concept + "' has no challenge at DEBUG: a learner who reaches that rung gets no question of "
                        + "it; add one (every concept needs all five rungs)",
                "boss 'boss.t': no criterion has dimension 'observability', so that dimension scores 0 for every answer "
                        + "and the boss can never pass; give it criteria or remove it");
        ladder.add(rung(concept, ChallengeLevel.DEBUG));
        assertThat(TrackChecks.unworkable(track(ladder, Challenge.of("boss.t", concept, ChallengeLevel.DESIGN,
                topic(), Prompt.of("Design it."), new Rubric(criteria,
                        List.of(new Dimension("delivery", "Delivery", List.of(concept), 1))), "Use 429.")))).isEmpty();
    }
}
