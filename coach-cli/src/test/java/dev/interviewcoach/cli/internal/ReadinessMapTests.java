package dev.interviewcoach.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.core.Coach;
import dev.interviewcoach.core.MemoryStores;
import dev.interviewcoach.core.Readiness;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The readiness map keeps every line within the terminal, whatever its width, and loses nothing. */
class ReadinessMapTests {
    /** A learner placed by a full diagnosis, so rows carry a held rung and a next review. */
    private static Readiness placed() {
        var coach = Coach.builder().tracks(CliRun.TRACKS).memoryStore(MemoryStores.inMemory()).clock(CliRun.CLOCK).build();
        var session = coach.session(LearnerId.of("ada"), "backend");
        for (int i = 0; i < 30; i++) {
            var next = session.next();
            if (next.isEmpty()) {
                break; // a learner who passes everything can finish the track first
            }
            var step = next.get();
            // a strong sample, in words of its own (the reference answer pasted back would not count)
            session.submit(step.id(), Answer.of(step.challenge().samples().stream()
                    .filter(s -> s.kind() == dev.interviewcoach.api.SampleKind.STRONG)
                    .map(dev.interviewcoach.api.CalibrationSample::text).findFirst().orElse("I do not know")));
        }
        return session.readiness();
    }

    private static dev.interviewcoach.api.Attempt attempt(String id, double score) {
        var grade = new dev.interviewcoach.api.Grade(dev.interviewcoach.api.GradeStatus.OK, java.util.OptionalDouble.of(score),
                List.of(), List.of(), List.of(), "graded", "rubric", "1", java.util.Optional.empty(), java.util.Optional.empty());
        return new dev.interviewcoach.api.Attempt(id, LearnerId.of("ada"), "backend", "caching.pressure.x", "caching",
                dev.interviewcoach.api.ChallengeLevel.PRESSURE, dev.interviewcoach.api.StepReason.PRACTICE,
                Answer.of("an answer"), grade, java.time.Instant.parse("2026-12-01T10:00:00Z"));
    }

    @Test
    void aReviewDueBeforeTheDayOfTheMapIsMarkedOverdueAndOneStillToComeIsNot() {
        var asOf = java.time.LocalDate.parse("2026-12-06");
        var overdue = new Readiness.Concept("caching", "Caching", java.util.Optional.of(
                dev.interviewcoach.api.ChallengeLevel.DEFINE), Readiness.HeldBy.CONFIRMED, 0.9, List.of(), List.of(),
                List.of(), java.util.Optional.of(asOf.minusDays(3)), 0.2);
        var coming = new Readiness.Concept("http", "HTTP", java.util.Optional.of(
                dev.interviewcoach.api.ChallengeLevel.DEFINE), Readiness.HeldBy.CONFIRMED, 0.9, List.of(), List.of(),
                List.of(), java.util.Optional.of(asOf.plusDays(2)), 0.2);
        var readiness = new Readiness("ada", "backend", asOf, java.util.Optional.empty(), 0.4, List.of(overdue, coming));
        String map = ReadinessMap.render(readiness, CliRun.TRACKS.load("backend"), new Style(false, 120));
        assertThat(map).contains("review overdue since 2026-12-03", "· review 2026-12-08")
                .doesNotContain("overdue since 2026-12-08");
    }

    @Test
    void aRungShownHeldWhoseLastAnswerDidNotPassIsNamedBelowTheMapButOneWhoseLastAnswerPassedIsNot() {
        var held = new Readiness.Rung(dev.interviewcoach.api.ChallengeLevel.PRESSURE, 0.97,
                dev.interviewcoach.api.MasteryStatus.MASTERED, 0.8, 4, List.of("a1", "a2"));
        var caching = new Readiness.Concept("caching", "Caching", java.util.Optional.of(
                dev.interviewcoach.api.ChallengeLevel.PRESSURE), Readiness.HeldBy.CONFIRMED, 0.9, List.of(), List.of(held),
                List.of(), java.util.Optional.empty(), 1.0);
        var readiness = new Readiness("ada", "backend", java.time.LocalDate.parse("2026-12-06"), java.util.Optional.empty(),
                1.0, List.of(caching));
        var style = new Style(false, 100);
        var passes = dev.interviewcoach.core.PassPolicy.defaults();

        String failed = ReadinessMap.heldThoughLastNotYet(readiness,
                java.util.Map.of("a1", attempt("a1", 0.9), "a2", attempt("a2", 0.48)), passes::passes, style);
        assertThat(failed).contains("Caching · PRESSURE", "0.48", "not yet");
        String passed = ReadinessMap.heldThoughLastNotYet(readiness,
                java.util.Map.of("a1", attempt("a1", 0.48), "a2", attempt("a2", 0.9)), passes::passes, style);
        assertThat(passed).isEmpty();
    }

    @Test
    void everyLineFitsTheTerminalAtAnyWidthAndEachRowStillNamesItsHeldRungAndReview() {
        var readiness = placed();
        var track = CliRun.TRACKS.load("backend");
        for (int width : List.of(60, 80, 100, 110, 140)) {
            String map = ReadinessMap.render(readiness, track, new Style(false, width));
            assertThat(map.lines()).as("width %d:%n%s", width, map)
                    .allSatisfy(line -> assertThat(line.length()).isLessThan(width));
            for (var concept : readiness.concepts()) {
                concept.nextReview().ifPresent(d -> assertThat(map).as("width %d", width).contains("review " + d));
                concept.heldRung().ifPresent(r -> assertThat(map).contains(r.name()));
            }
            assertThat(map).as("the legend is wrapped between words").contains("not mastered");
            assertThat(map).doesNotContain("held —");
            boolean placedRow = readiness.concepts().stream().anyMatch(c -> c.heldBy() == Readiness.HeldBy.PLACEMENT
                    && c.heldRung().isPresent());
            assertThat(map.contains("(placed)")).as("the legend explains (placed) exactly when a row shows it")
                    .isEqualTo(placedRow);
            assertThat(map.replaceAll("\\s+", " ").contains("◆ held by the diagnosis"))
                    .as("the legend names ◆ only when a cell shows it").isEqualTo(map.lines().skip(3)
                            .takeWhile(l -> !l.isBlank()).anyMatch(l -> l.contains("◆")));
            if (width >= 90) {
                for (var concept : readiness.concepts()) {
                    assertThat(map).as("width %d: whole concept names, the held rung beneath when it must", width)
                            .contains(concept.title());
                }
            }
        }
    }

    @Test
    void aMisconceptionFlaggedOnceIsListedWithItsCorrectionUntilItIsConfirmedOrCleared() {
        var track = CliRun.TRACKS.load("backend");
        var challenge = track.challenges().stream().filter(c -> !c.misconceptions().isEmpty()).findFirst().orElseThrow();
        var m = challenge.misconceptions().get(0);
        var suspected = new dev.interviewcoach.api.MisconceptionRecord(challenge.id(), m.id(), challenge.topicId(),
                dev.interviewcoach.api.MisconceptionStatus.SUSPECTED, 1, 0, List.of("a1"));
        var resolved = new dev.interviewcoach.api.MisconceptionRecord(challenge.id(), m.id(), challenge.topicId(),
                dev.interviewcoach.api.MisconceptionStatus.RESOLVED, 1, 3, List.of("a1"));

        String once = ReadinessMap.seenOnce(List.of(suspected), track, new Style(false, 100));

        assertThat(once).startsWith("Flagged once");
        assertThat(once.replaceAll("\\s+", " ")).contains(m.shows().replaceAll("\\s+", " ").strip())
                .contains("Correction:");
        assertThat(ReadinessMap.seenOnce(List.of(resolved), track, new Style(false, 100))).isEmpty();
    }
}
