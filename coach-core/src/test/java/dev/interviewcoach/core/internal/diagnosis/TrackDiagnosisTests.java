package dev.interviewcoach.core.internal.diagnosis;

import static dev.interviewcoach.core.internal.LearnerFixtures.NOW;
import static dev.interviewcoach.core.internal.LearnerFixtures.attempt;
import static dev.interviewcoach.core.internal.LearnerFixtures.challenge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Concept;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.Placement;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.api.Topic;
import dev.interviewcoach.api.Track;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Diagnosis on a track whose content covers only some cells, resumed from stored attempts. */
class TrackDiagnosisTests {
    private final Track track = new Track("mini", "Mini", "1", "", Optional.empty(),
            List.of(new Concept("http", "HTTP", 1, List.of(new Topic("http.basics", "Basics"))),
                    new Concept("rest", "REST", 2, List.of(new Topic("rest.basics", "Basics"))),
                    new Concept("caching", "Caching", 3, List.of(new Topic("caching.basics", "Basics")))),
            List.of(challenge("http.define.one", "http", ChallengeLevel.DEFINE, "http.basics"),
                    challenge("http.define.two", "http", ChallengeLevel.DEFINE, "http.basics"),
                    challenge("http.tradeoffs.one", "http", ChallengeLevel.TRADEOFFS, "http.basics"),
                    challenge("http.debug.one", "http", ChallengeLevel.DEBUG, "http.basics"),
                    challenge("rest.define.one", "rest", ChallengeLevel.DEFINE, "rest.basics"),
                    challenge("rest.tradeoffs.one", "rest", ChallengeLevel.TRADEOFFS, "rest.basics")),
            List.of(), List.of());
    private final Diagnosis diagnosis = new Diagnosis(DiagnosisModel.standard(), Diagnosis.Policy.standard());

    @Test
    void itAsksEachChallengeAtMostOnceAndEndsWithAPlacementForEveryConcept() {
        var attempts = runToEnd(level -> level.rank() <= 1 ? 0.9 : 0.2);
        var ids = attempts.stream().map(Attempt::challengeId).toList();
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        assertThat(ids).allSatisfy(id -> assertThat(track.challenge(id)).isPresent());

        var placements = new TrackDiagnosis(diagnosis, track, attempts).placements();
        assertThat(placements).extracting(Placement::conceptId).containsExactly("http", "rest", "caching");
        var http = placements.get(0);
        assertThat(http.level()).contains(ChallengeLevel.DEFINE);
        assertThat(http.confidence()).isBetween(0.0, 1.0);
        assertThat(http.attemptIds()).isNotEmpty().allSatisfy(id -> assertThat(id).startsWith("http."));
        assertThat(placements.get(2).attemptIds()).as("no content, no evidence").isEmpty();
    }

    @Test
    void aCellMayBeAskedAgainWithAnotherChallenge() {
        var attempts = runToEnd(level -> 0.5);
        assertThat(attempts).extracting(Attempt::challengeId).contains("http.define.one", "http.define.two");
    }

    @Test
    void aCellTakesAtMostThreeGradedAnswersSoTheQuestionsReachOtherCells() {
        var many = new ArrayList<dev.interviewcoach.api.Challenge>();
        for (String n : List.of("one", "two", "three", "four", "five", "six")) {
            many.add(challenge("http.define." + n, "http", ChallengeLevel.DEFINE, "http.basics"));
        }
        many.add(challenge("http.tradeoffs.one", "http", ChallengeLevel.TRADEOFFS, "http.basics"));
        var wide = new Track("wide", "Wide", "1", "", Optional.empty(),
                List.of(new Concept("http", "HTTP", 1, List.of(new Topic("http.basics", "Basics")))), many,
                List.of(), List.of());
        var attempts = new ArrayList<Attempt>();
        var run = new TrackDiagnosis(diagnosis, wide, attempts);
        for (var next = run.next(); next.isPresent(); next = run.next()) {
            var c = next.get();
            // answers that keep the DEFINE boundary in doubt: pass, fail, pass, fail...
            double score = c.level() == ChallengeLevel.DEFINE ? (attempts.size() % 2 == 0 ? 0.9 : 0.1) : 0.1;
            attempts.add(attempt(c.id(), c, Grade.ok(score, List.of(), List.of(), List.of(), "", "fake", "1"), NOW,
                    StepReason.DIAGNOSTIC));
            run = new TrackDiagnosis(diagnosis, wide, attempts);
        }
        assertThat(attempts.stream().filter(a -> a.level() == ChallengeLevel.DEFINE).count())
                .isEqualTo(TrackDiagnosis.MAX_PER_CELL);
    }

    @Test
    void resumingFromTheSameAttemptsGivesTheSameNextQuestion() {
        var attempts = runToEnd(level -> level == ChallengeLevel.DEFINE ? 1.0 : 0.4).subList(0, 2);
        assertThat(new TrackDiagnosis(diagnosis, track, attempts).next())
                .isEqualTo(new TrackDiagnosis(diagnosis, track, attempts).next());
        assertThat(new TrackDiagnosis(diagnosis, track, attempts).asked()).isEqualTo(2);
    }

    @Test
    void ungradedAnswersAreNoQuestionsAskedAndNoEvidenceAndTheirChallengeIsNotAskedAgainAtOnce() {
        var attempts = new ArrayList<Attempt>();
        var run = new TrackDiagnosis(diagnosis, track, attempts);
        for (int i = 0; i < 30; i++) {
            var c = run.next().orElseThrow();
            if (!attempts.isEmpty()) {
                assertThat(c.id()).isNotEqualTo(attempts.get(attempts.size() - 1).challengeId());
            }
            var grade = i % 2 == 0 ? Grade.error("fake", "1", "down") : Grade.abstain("fake", "1", "no reference");
            attempts.add(attempt("a" + i, c, grade, NOW, StepReason.DIAGNOSTIC));
            run = new TrackDiagnosis(diagnosis, track, attempts);
        }
        assertThat(run.asked()).as("a grader outage completes nothing").isZero();
        assertThat(run.next()).isPresent();
        assertThat(run.placements()).allSatisfy(p -> assertThat(p.attemptIds()).isEmpty());
    }

    private List<Attempt> runToEnd(ToDoubleFunction<ChallengeLevel> score) {
        var attempts = new ArrayList<Attempt>();
        var run = new TrackDiagnosis(diagnosis, track, attempts);
        for (var next = run.next(); next.isPresent(); next = run.next()) {
            var c = next.get();
            assertThat(run.estimatedLeft()).isPositive();
            var grade = Grade.ok(score.applyAsDouble(c.level()), List.of(), List.of(), List.of(), "", "fake", "1");
            attempts.add(attempt(c.id(), c, grade, NOW, StepReason.DIAGNOSTIC));
            run = new TrackDiagnosis(diagnosis, track, attempts);
        }
        return attempts;
    }
}
