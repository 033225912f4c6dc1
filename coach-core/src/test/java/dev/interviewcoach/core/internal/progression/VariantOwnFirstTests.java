package dev.interviewcoach.core.internal.progression;

import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.TODAY;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.answer;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.challenge;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.holding;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.progression;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.Prompt;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.internal.LearnerFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A variant's own challenges (those it adds, and its wording of one it overrides) come first of a
 * concept × rung's questions not asked yet, for practice and the placement alike; a rung the learner
 * has confirmed is consolidated with one only when nothing else is left unasked, and never again after.
 */
class VariantOwnFirstTests {
    private final Progression progression = progression();

    /** The fixture's two concepts, three challenges a rung, no boss (so a learner holding everything is done). */
    private static Track base() {
        var t = ProgressionFixtures.track();
        return new Track(t.id(), t.title(), t.version(), t.description(), Optional.empty(), t.concepts(), t.challenges(),
                List.of(), t.outOfScope());
    }

    /**
     * Over the base: its own wording of {@code http.define.2} (in place), and a challenge of its own on
     * every rung of http ({@code http.<rung>.9}, after the base's).
     */
    private static Track variant() {
        var base = base();
        var ladder = new ArrayList<Challenge>();
        for (var c : base.challenges()) {
            ladder.add(c.id().equals("http.define.2") ? reworded(c) : c);
        }
        for (var level : ChallengeLevel.values()) {
            ladder.add(challenge("http", level, 9));
        }
        return new Track("mini-acme", "Mini at Acme", "1", "", Optional.of(base.id()), base.concepts(), ladder, List.of(),
                List.of());
    }

    private static Challenge reworded(Challenge c) {
        return new Challenge(c.id(), c.conceptId(), c.level(), c.topicId(), c.secondaryTopicIds(),
                Prompt.of("Acme's wording of " + c.id() + "?"), c.rubric(), c.misconceptions(), c.referenceAnswer(),
                c.hints(), c.followUps(), c.sources(), c.samples());
    }

    private static TrackIndex layered() {
        return TrackIndex.of(variant(), Optional.of(base()));
    }

    private Optional<Progression.Choice> next(TrackIndex index, LearnerState state, List<Attempt> attempts) {
        return progression.next(index, state, attempts, EarlierAttempts.none(), TODAY, Optional.empty());
    }

    @Test
    void theVariantsOwnChallengesLeadTheirRungEachLayerInContentOrder() {
        var index = layered();
        assertThat(index.challenges("http", ChallengeLevel.DEFINE)).extracting(Challenge::id)
                .containsExactly("http.define.2", "http.define.9", "http.define.1", "http.define.3");
        assertThat(index.challenges("http", ChallengeLevel.DESIGN)).extracting(Challenge::id)
                .containsExactly("http.design.9", "http.design.1", "http.design.2", "http.design.3");
        assertThat(index.challenges("rest", ChallengeLevel.DEFINE)).extracting(Challenge::id)
                .containsExactly("rest.define.1", "rest.define.2", "rest.define.3");
        assertThat(index.own("http.define.2")).as("an overriding challenge is the variant's").isTrue();
        assertThat(index.own("http.define.1")).isFalse();
    }

    @Test
    void withoutItsBaseAVariantIsIndexedAsATrackOfItsOwnInContentOrder() {
        var index = TrackIndex.of(variant());
        assertThat(index.challenges("http", ChallengeLevel.DEFINE)).extracting(Challenge::id)
                .containsExactly("http.define.1", "http.define.2", "http.define.3", "http.define.9");
        assertThat(index.own("http.define.9")).isFalse();
        assertThat(TrackIndex.of(variant(), Optional.of(base()))).isNotSameAs(index);
    }

    @Test
    void aLearnerPractisingARungMeetsTheVariantsQuestionsThereBeforeTheBases() {
        var state = holding(0, 5); // rest held through PRESSURE: practice works on http's frontier, DEFINE
        var attempts = new ArrayList<Attempt>();
        for (int i = 0; i < 4; i++) {
            var choice = next(layered(), state, attempts).orElseThrow();
            assertThat(choice.reason()).isEqualTo(StepReason.PRACTICE);
            attempts.add(answer(choice.challenge(), choice.reason(), 0.5, i));
            attempts.add(answer(choice.challenge(), StepReason.FOLLOW_UP, 0.9, 100 + i)); // no recovery in between
        }
        assertThat(attempts).filteredOn(a -> a.reason() == StepReason.PRACTICE).extracting(Attempt::challengeId)
                .containsExactly("http.define.2", "http.define.9", "http.define.1", "http.define.3");
    }

    @Test
    void aConfirmedRungIsNotPractisedForTheVariantsQuestionWhileAFrontierHasQuestionsNotAsked() {
        var state = holding(5, 2); // http confirmed through PRESSURE; rest's frontier is DEBUG
        var attempts = new ArrayList<Attempt>();
        for (int i = 0; i < 3; i++) {
            var choice = next(layered(), state, attempts).orElseThrow();
            assertThat(choice.challenge().conceptId()).as("step %d", i + 1).isEqualTo("rest");
            assertThat(choice.why()).startsWith("Next on REST: DEBUG");
            attempts.add(answer(choice.challenge(), choice.reason(), 0.5, i));
            attempts.add(answer(choice.challenge(), StepReason.FOLLOW_UP, 0.9, 100 + i));
        }
    }

    @Test
    void aLearnerWhoConfirmedEveryRungIsAskedEachOfTheVariantsQuestionsOnceThenTheTrackIsComplete() {
        var state = holding(5, 5);
        assertThat(next(TrackIndex.of(base()), state, List.of())).as("the base track is complete").isEmpty();
        var attempts = new ArrayList<Attempt>();
        for (int i = 0; i < 6; i++) {
            var choice = next(layered(), state, attempts).orElseThrow();
            assertThat(choice.why()).contains("with a question this track adds to its base");
            attempts.add(answer(choice.challenge(), choice.reason(), 0.9, i));
        }
        assertThat(attempts).extracting(Attempt::challengeId).containsExactly("http.define.2", "http.define.9",
                "http.tradeoffs.9", "http.debug.9", "http.design.9", "http.pressure.9");
        assertThat(next(layered(), state, attempts)).as("nothing is asked again for being the variant's").isEmpty();
    }

    @Test
    void thePlacementAsksTheVariantsQuestionFirstWheneverItAsksAboutARungThatHasOne() {
        var state = LearnerFixtures.initial();
        var index = layered();
        var attempts = new ArrayList<Attempt>();
        for (int i = 0; i < 8; i++) {
            var choice = next(index, state, attempts);
            if (choice.isEmpty() || choice.get().reason() != StepReason.DIAGNOSTIC) {
                break;
            }
            var asked = choice.get().challenge();
            if (asked.conceptId().equals("http")) {
                boolean ownLeft = index.challenges("http", asked.level()).stream().anyMatch(c -> index.own(c.id())
                        && attempts.stream().noneMatch(a -> a.challengeId().equals(c.id())));
                assertThat(ownLeft && !index.own(asked.id())).as("%s asked before the variant's", asked.id()).isFalse();
            }
            attempts.add(answer(asked, StepReason.DIAGNOSTIC, 0.8, i));
        }
        assertThat(attempts).as("the placement asked about http").anyMatch(a -> a.conceptId().equals("http"));
    }
}
