package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.internal.BossFixtures;
import java.util.ArrayList;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Authors are advised where the rubric grader misreads a track's own examples, a variant on its own challenges only. */
class TrackAdviceTests {
    private static Track withReference(Track track, String challengeId, String reference) {
        var ladder = new ArrayList<Challenge>();
        for (var c : track.challenges()) {
            ladder.add(!c.id().equals(challengeId) ? c : new Challenge(c.id(), c.conceptId(), c.level(), c.topicId(),
                    c.secondaryTopicIds(), c.prompt(), c.rubric(), c.misconceptions(), reference, c.hints(), c.followUps(),
                    c.sources(), c.samples()));
        }
        return new Track(track.id(), track.title(), track.version(), track.description(), track.baseId(),
                track.concepts(), ladder, track.bossChallenges(), track.outOfScope());
    }

    @Test
    void aReferenceAnswerThatFailsItsOwnRubricIsAdvisedOnAndOnlyWhereTheVariantChangedIt() {
        var base = BossFixtures.track();
        String id = base.challenges().get(0).id();
        var weak = withReference(base, id, "It is about bananas and the weather today.");
        assertThat(TrackAdvice.of(weak)).anySatisfy(a -> assertThat(a).contains("'" + id + "'", "reference answer"));

        var variant = new Track("acme", "Acme", "1", "", Optional.of(base.id()), weak.concepts(), weak.challenges(),
                weak.bossChallenges(), weak.outOfScope());
        assertThat(TrackAdvice.of(variant, Optional.of(weak))).as("the base's own challenge, unchanged").isEmpty();
        assertThat(TrackAdvice.of(variant, Optional.of(base))).as("the challenge the variant changed")
                .anySatisfy(a -> assertThat(a).contains("'" + id + "'"));
    }
}
