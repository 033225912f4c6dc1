package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.Placement;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.spi.AttemptQuery;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import dev.interviewcoach.spi.MemoryStore;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A diagnosis counts only graded answers and can be restarted, keeping the old answers as history. */
class RediagnosisTests {
    private static final LearnerId ADA = LearnerId.of("ada");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T09:00:00Z"));
    private final MemoryStore store = MemoryStores.inMemory();

    private Coach coach(Grader grader) {
        return Coach.builder().tracks(TrackLoader.of(TrackProviders.directory(ContentFixtures.dir("tracks"))))
                .grader(grader).memoryStore(store).clock(clock).build();
    }

    private static int diagnose(CoachSession session) {
        int asked = 0;
        while (session.next().orElseThrow().reason() == StepReason.DIAGNOSTIC) {
            session.submit(Answer.of("my answer"));
            asked++;
        }
        return asked;
    }

    @Test
    void aRestartedDiagnosisAsksAgainAndPlacesOnTheNewAnswersOnly() {
        var session = coach(new LadderGrader(Map.of("http", 3, "rest", 2, "caching", 1))).session(ADA, "ladder");
        int first = diagnose(session);
        var oldIds = new HashSet<String>();
        session.state().placements().forEach(p -> oldIds.addAll(p.attemptIds()));
        assertThat(oldIds).isNotEmpty();

        var restarted = session.rediagnose();
        assertThat(restarted.placements()).allSatisfy(p -> assertThat(p.level()).isEmpty());
        assertThat(session.diagnosisProgress().complete()).isFalse();
        assertThat(session.diagnosisProgress().asked()).isZero();
        assertThat(session.next().orElseThrow().reason()).isEqualTo(StepReason.DIAGNOSTIC);

        int second = diagnose(session);
        assertThat(second).isPositive();
        assertThat(store.attempts(AttemptQuery.all(ADA))).as("old answers stay as history").hasSize(first + second);
        var placements = session.state().placements();
        assertThat(placements).allSatisfy(p -> assertThat(p.confidence()).isPositive());
        assertThat(placements).flatExtracting(Placement::attemptIds).doesNotContainAnyElementsOf(oldIds);
        assertThat(session.diagnosisProgress().complete()).isTrue();
    }

    @Test
    void aRestartedDiagnosisContinuesTheStepNumbersSoAnAnswerToAStepFromBeforeStaysStale() {
        var session = coach(new LadderGrader(Map.of("http", 3, "rest", 2, "caching", 1))).session(ADA, "ladder");
        var first = session.next().orElseThrow();
        session.submit(first.id(), Answer.of("my answer"));
        session.submit(session.next().orElseThrow().id(), Answer.of("my answer"));

        assertThat(session.rediagnose().stepsAnswered()).isEqualTo(2);
        var again = session.next().orElseThrow();

        assertThat(again.number()).isEqualTo(3);
        assertThat(again.id()).isNotEqualTo(first.id());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> session.submit(first.id(), Answer.of("my answer")))
                .isInstanceOf(StaleStepException.class);
        assertThat(store.attempts(AttemptQuery.all(ADA))).hasSize(2);
    }

    @Test
    void aStepOpenWhenTheDiagnosisRestartedIsReportedAsWithdrawnNotAsUnknown() {
        var session = coach(new LadderGrader(Map.of("http", 3, "rest", 2, "caching", 1))).session(ADA, "ladder");
        var open = session.next().orElseThrow();
        session.rediagnose();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> session.submit(open.id(), Answer.of("my answer")))
                .isInstanceOf(dev.interviewcoach.core.StaleStepException.class)
                .hasMessageContaining("no longer open").hasMessageContaining("restarted diagnosis")
                .hasMessageNotContaining("unknown step");
    }

    @Test
    void aGraderOutageCompletesNoDiagnosis() {
        Grader down = new Grader() {
            @Override
            public String id() {
                return "down";
            }

            @Override
            public String version() {
                return "1";
            }

            @Override
            public dev.interviewcoach.api.Grade grade(GradingRequest request) {
                throw new IllegalStateException("outage");
            }
        };
        var session = coach(down).session(ADA, "ladder");
        String previous = "";
        for (int i = 0; i < 30; i++) {
            var step = session.next().orElseThrow();
            assertThat(step.reason()).isEqualTo(StepReason.DIAGNOSTIC);
            assertThat(step.challenge().id()).isNotEqualTo(previous);
            previous = step.challenge().id();
            session.submit(Answer.of("my answer"));
        }
        assertThat(session.state().placements()).isEmpty();
        assertThat(session.diagnosisProgress().asked()).isZero();
        assertThat(store.attempts(AttemptQuery.all(ADA))).extracting(Attempt::reason).containsOnly(StepReason.DIAGNOSTIC);
        assertThat(session.next().orElseThrow().why()).as("the step says why the count did not move")
                .contains("Placement question 1:", "Your last answer was not counted");
    }
}
