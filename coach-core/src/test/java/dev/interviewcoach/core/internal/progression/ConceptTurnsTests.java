package dev.interviewcoach.core.internal.progression;

import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.TODAY;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.answer;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.challenge;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.holding;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.progression;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.track;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.StepReason;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Concepts take turns: practice works on the lowest or weakest concept first, but one left alone for three
 * attempts per concept of the track comes back before it, so a candidate strong elsewhere still sees every
 * concept while its holds are fresh.
 */
class ConceptTurnsTests {
    /** Six passing answers on HTTP above its frontier: HTTP still has its DEFINE questions, none asked yet. */
    private static List<Attempt> sixOnHttp() {
        var attempts = new ArrayList<Attempt>();
        int n = 0;
        for (var level : List.of(ChallengeLevel.DEBUG, ChallengeLevel.DESIGN, ChallengeLevel.PRESSURE)) {
            for (int i = 1; i <= 2; i++) {
                attempts.add(answer(challenge("http", level, i), StepReason.PRACTICE, 0.9, n++));
            }
        }
        return attempts;
    }

    @Test
    void aConceptLeftAloneForThreeAttemptsPerConceptComesBackBeforeTheLowestFrontier() {
        // HTTP holds nothing (frontier DEFINE), REST holds through TRADEOFFS (frontier DEBUG)
        var choice = progression().next(track(), holding(-1, 2), sixOnHttp(), TODAY).orElseThrow();
        assertThat(choice.challenge().conceptId()).isEqualTo("rest");
        assertThat(choice.challenge().level()).isEqualTo(ChallengeLevel.DEBUG);
        assertThat(choice.why()).startsWith("None of your last 6 questions was on REST");
    }

    @Test
    void untilThenTheLowestFrontierComesFirstAndTheWhySaysNothingOfTurns() {
        // REST never worked on counts from before the first attempt: five attempts ago, one short of six
        var four = sixOnHttp().subList(2, 6);
        var choice = progression().next(track(), holding(-1, 2), four, TODAY).orElseThrow();
        assertThat(choice.challenge().conceptId()).as(choice.why()).isEqualTo("http");
        assertThat(choice.challenge().level()).isEqualTo(ChallengeLevel.DEFINE);
        assertThat(choice.why()).doesNotContain("concepts take turns");
    }

    @Test
    void aRungConfirmedLongAgoThatTheBossWantsRecentIsAskedAgainAndTheWhySaysSoNotThatItIsUnconfirmed() {
        // both concepts confirmed through DESIGN (the boss rung), no answer among the recent attempts
        var choice = progression().next(track(), holding(4, 4), List.of(), TODAY).orElseThrow();
        assertThat(choice.challenge().level()).as(choice.why()).isEqualTo(ChallengeLevel.DESIGN);
        assertThat(choice.why()).contains("again", "among your latest answers").doesNotContain("needs every concept");
    }
}
