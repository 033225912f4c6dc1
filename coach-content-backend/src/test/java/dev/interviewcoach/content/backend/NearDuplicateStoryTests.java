package dev.interviewcoach.content.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Challenges tell different stories: two challenges of different concepts never share most of their
 * story, and a PRESSURE challenge is not its concept's DEFINE question asked again with a timer.
 * Similarity is {@link StorySimilarity}: TF-IDF cosine over prompt, scenario and constraints.
 *
 * <p>A few pairs are accepted by name, each with its reason. Pairs whose two challenges both have
 * answers in the independent answer set ({@code eval/heldout/answers.yaml}) keep their prompts: those
 * answers were written to exactly these prompts, so the prompts change only together with a new set
 * of blind answers.
 */
class NearDuplicateStoryTests {
    /** At or above this, two challenges of different concepts read as the same story. */
    static final double SAME_STORY = 0.30;
    /** At or above this, a PRESSURE prompt reads as a DEFINE prompt of its concept again. */
    static final double REPEATED_DEFINITION = 0.25;

    private static final String PINNED = "both prompts are answered in the independent answer set";

    /** Pairs of different concepts accepted although they score as alike, with the reason. */
    static final Map<Set<String>, String> ACCEPTED_ALIKE = Map.of(
            Set.of("http.design.payment-idempotency", "transactions.design.payment-idempotency"), PINNED,
            Set.of("concurrency.define.race-condition", "system-design.define.stateless-service"),
            "the same question template (define it, give an example, say how to remove it) about different things");

    /** PRESSURE challenges accepted although they score as their DEFINE question again, with the reason. */
    static final Map<Set<String>, String> ACCEPTED_REPEATS = Map.of();

    private static final List<Challenge> ALL = Tracks.everyChallenge();
    private static final StorySimilarity SIMILARITY = new StorySimilarity(ALL);

    /** Two challenges and how alike their stories are. */
    record Pair(Challenge a, Challenge b) {
        Set<String> ids() {
            return Set.of(a.id(), b.id());
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f %s ~ %s", SIMILARITY.between(a, b), a.id(), b.id());
        }
    }

    private static List<Pair> alikeAcrossConcepts() {
        var alike = new ArrayList<Pair>();
        for (int i = 0; i < ALL.size(); i++) {
            for (int j = i + 1; j < ALL.size(); j++) {
                var a = ALL.get(i);
                var b = ALL.get(j);
                if (!a.conceptId().equals(b.conceptId()) && SIMILARITY.between(a, b) >= SAME_STORY) {
                    alike.add(new Pair(a, b));
                }
            }
        }
        return alike;
    }

    private static List<Pair> repeatedDefinitions() {
        var repeats = new ArrayList<Pair>();
        for (Challenge pressure : ALL) {
            if (pressure.level() != ChallengeLevel.PRESSURE) {
                continue;
            }
            for (Challenge define : ALL) {
                if (define.level() == ChallengeLevel.DEFINE && define.conceptId().equals(pressure.conceptId())
                        && SIMILARITY.between(pressure, define) >= REPEATED_DEFINITION) {
                    repeats.add(new Pair(pressure, define));
                }
            }
        }
        return repeats;
    }

    @Test
    void noTwoChallengesOfDifferentConceptsTellNearlyTheSameStory() {
        var alike = alikeAcrossConcepts();
        alike.removeIf(p -> ACCEPTED_ALIKE.containsKey(p.ids()));
        assertThat(alike).as("challenges of different concepts with nearly the same story").isEmpty();
    }

    @Test
    void noPressureChallengeRepeatsADefineChallengeOfItsConcept() {
        var repeats = repeatedDefinitions();
        repeats.removeIf(p -> ACCEPTED_REPEATS.containsKey(p.ids()));
        assertThat(repeats).as("PRESSURE prompts that ask a DEFINE question of their concept again").isEmpty();
    }

    @Test
    void everyAcceptedPairStillScoresAsAlikeSoTheListCannotGoStale() {
        var alike = alikeAcrossConcepts().stream().map(Pair::ids).toList();
        assertThat(alike).as("pairs still alike").containsAll(ACCEPTED_ALIKE.keySet());
        var repeats = repeatedDefinitions().stream().map(Pair::ids).toList();
        assertThat(repeats).as("repeats still alike").containsAll(ACCEPTED_REPEATS.keySet());
    }

    @Test
    void theMeasureCallsAStoryItselfAndKeepsUnrelatedStoriesApart() {
        var a = Tracks.BACKEND.challenge("caching.define.stampede").orElseThrow();
        var b = Tracks.BACKEND.challenge("rest.define.cursor-pagination").orElseThrow();
        assertThat(SIMILARITY.between(a, a)).isCloseTo(1.0, within(1e-9));
        assertThat(SIMILARITY.between(a, b)).isLessThan(0.1);
    }
}
