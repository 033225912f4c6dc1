package dev.interviewcoach.content.backend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Concept;
import dev.interviewcoach.api.Topic;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The backend track covers its brief: eight concepts, every topic at every rung, four challenges per cell. */
class BackendTrackCoverageTests {
    @Test
    void theTrackHasTheEightConceptsOfTheBriefInOrder() {
        assertThat(Tracks.BACKEND.concepts()).extracting(Concept::id).containsExactly(
                "http", "rest", "databases", "transactions", "caching", "concurrency", "testing", "system-design");
        assertThat(Tracks.BACKEND.concepts()).extracting(Concept::order).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(Tracks.BACKEND.outOfScope()).hasSize(5);
    }

    @Test
    void everyTopicIsThePrimaryTopicOfAChallengeAtEveryRung() {
        var missing = new ArrayList<String>();
        for (Concept concept : Tracks.BACKEND_GO.concepts()) {
            for (Topic topic : concept.topics()) {
                for (ChallengeLevel level : ChallengeLevel.values()) {
                    boolean covered = Tracks.BACKEND_GO.challenges(concept.id(), level).stream()
                            .anyMatch(c -> c.topicId().equals(topic.id()));
                    if (!covered) {
                        missing.add(topic.id() + "@" + level);
                    }
                }
            }
        }
        assertThat(missing).as("topic@rung without a challenge").isEmpty();
    }

    @Test
    void everyConceptHasAtLeastFourChallengesAtEveryRung() {
        for (Concept concept : Tracks.BACKEND.concepts()) {
            for (ChallengeLevel level : ChallengeLevel.values()) {
                assertThat(Tracks.BACKEND.challenges(concept.id(), level)).as(concept.id() + "@" + level).hasSizeGreaterThanOrEqualTo(4);
            }
        }
        assertThat(Tracks.BACKEND.challenges()).hasSizeGreaterThanOrEqualTo(160);
    }

    @Test
    void theGoVariantAddsAtLeastTwoGoChallengesPerRungAndOnlyGoChallenges() {
        var base = Tracks.BACKEND;
        var go = Tracks.BACKEND_GO;
        assertThat(go.baseId()).contains("backend");
        assertThat(go.challenges()).containsAll(base.challenges());
        assertThat(go.bossChallenges()).isEqualTo(base.bossChallenges());
        var added = new ArrayList<>(go.challenges());
        added.removeAll(base.challenges());
        assertThat(added).allSatisfy(c -> {
            assertThat(c.id().split("\\.")[2]).as("a Go challenge's slug").startsWith("go-");
            if (!c.topicId().equals(Tracks.GO_TOPIC)) {
                assertThat(base.concept(c.conceptId()).orElseThrow().topic(c.topicId()))
                        .as(c.id() + " uses a topic of the base track").isPresent();
            }
        });
        for (ChallengeLevel level : ChallengeLevel.values()) {
            assertThat(added.stream().filter(c -> c.level() == level && c.topicId().equals(Tracks.GO_TOPIC)))
                    .as("Go concurrency at " + level).hasSizeGreaterThanOrEqualTo(2);
        }
        for (int i = 0; i < base.concepts().size(); i++) {
            var b = base.concepts().get(i);
            var g = go.concepts().get(i);
            var extra = new ArrayList<>(g.topics());
            extra.removeAll(b.topics());
            assertThat(extra).extracting(Topic::id)
                    .isEqualTo(b.id().equals("concurrency") ? List.of(Tracks.GO_TOPIC) : List.of());
        }
    }

    @Test
    void thePlainTrackNeverShowsTheGoTopic() {
        assertThat(Tracks.BACKEND.concept("concurrency").orElseThrow().topic(Tracks.GO_TOPIC)).isEmpty();
        assertThat(Tracks.BACKEND.challenges()).noneMatch(c -> c.allTopicIds().contains(Tracks.GO_TOPIC)
                || c.rubric().criteria().stream().anyMatch(k -> k.topicId().filter(Tracks.GO_TOPIC::equals).isPresent()));
    }
}
