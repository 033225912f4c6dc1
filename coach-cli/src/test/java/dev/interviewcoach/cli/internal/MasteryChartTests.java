package dev.interviewcoach.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Concept;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.MasteryChange;
import dev.interviewcoach.api.MasteryStatus;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.api.Topic;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mastery over time is read from what each stored answer moved, a concept's rungs averaged. */
class MasteryChartTests {
    private static final List<Concept> CONCEPTS = List.of(concept("http", 1), concept("caching", 2), concept("testing", 3));

    private static Concept concept(String id, int order) {
        return new Concept(id, id, order, List.of(new Topic(id + "-basics", "Basics")));
    }

    private static Attempt attempt(int i, MasteryChange... changes) {
        return new Attempt("a" + i, LearnerId.of("ada"), "backend", "http.define.x", "http", ChallengeLevel.DEFINE,
                StepReason.PRACTICE, Answer.of("x"), Grade.ok(0.5, List.of(), List.of(), List.of(), "", "t", "1"),
                Instant.EPOCH.plusSeconds(i), List.of(changes));
    }

    private static MasteryChange change(String concept, ChallengeLevel level, double before, double after) {
        return new MasteryChange(concept, level, before, after, MasteryStatus.TENTATIVE, MasteryStatus.TENTATIVE);
    }

    @Test
    void aConceptsLineIsTheMeanOfItsFiveRungsAfterEachAnswerThatMovedIt() {
        var attempts = List.of(attempt(0, change("http", ChallengeLevel.DEFINE, 0, 0.5)),
                attempt(1, change("caching", ChallengeLevel.DEBUG, 0, 1.0)),
                attempt(2, change("http", ChallengeLevel.DEFINE, 0.5, 1.0), change("http", ChallengeLevel.TRADEOFFS, 0, 0.5)));
        var series = MasteryChart.series(attempts, CONCEPTS);
        assertThat(series).extracting(MasteryChart.Series::conceptId).containsExactly("http", "caching");
        var http = series.get(0).points();
        assertThat(http).extracting(p -> p[0]).containsExactly(0.0, 1.0, 3.0, 3.0);
        assertThat(http).extracting(p -> p[1]).containsExactly(0.0, 0.1, 0.3, 0.3);
        var caching = series.get(1).points();
        assertThat(caching).extracting(p -> p[1]).containsExactly(0.0, 0.2, 0.2);
    }

    @Test
    void aRungTheDiagnosisMovedBetweenAnswersShowsAsAJumpAtTheNextAnswerOnIt() {
        var attempts = List.of(attempt(0, change("http", ChallengeLevel.DEFINE, 0, 0.5)),
                attempt(1, change("http", ChallengeLevel.DESIGN, 0.5, 0.75)));
        var http = MasteryChart.series(attempts, CONCEPTS).get(0).points();
        assertThat(http).extracting(p -> p[0]).containsExactly(0.0, 1.0, 1.0, 2.0, 2.0);
        assertThat(http).extracting(p -> p[1]).containsExactly(0.0, 0.1, 0.2, 0.25, 0.25);
    }

    @Test
    void eachLineEndsWhereTheLearnerStandsTodayAsTheMapDoesAfterThePlacementReReadTheAnswers() {
        var attempts = List.of(attempt(0, change("http", ChallengeLevel.DEFINE, 0, 0.5)));
        var http = MasteryChart.series(attempts, CONCEPTS, java.util.Map.of("http", 0.8)).get(0).points();
        assertThat(http).extracting(p -> p[0]).containsExactly(0.0, 1.0, 1.0, 1.0);
        assertThat(http).extracting(p -> p[1]).containsExactly(0.0, 0.1, 0.1, 0.8);
    }

    @Test
    void attemptsStoredWithoutMasteryChangesDrawNoLineAndSaySo() {
        var attempts = List.of(attempt(0), attempt(1));
        assertThat(MasteryChart.series(attempts, CONCEPTS)).isEmpty();
        assertThat(MasteryChart.svg(attempts, CONCEPTS)).contains("no mastery recorded yet").doesNotContain("<polyline");
    }
}
