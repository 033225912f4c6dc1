package dev.interviewcoach.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.MasteryStatus;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.core.Coach;
import dev.interviewcoach.core.CoachSession;
import dev.interviewcoach.core.MemoryStores;
import dev.interviewcoach.core.Readiness;
import dev.interviewcoach.spi.AttemptQuery;
import dev.interviewcoach.spi.MemoryStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each cell of the HTML report's map counts the answers of its own concept and rung, and says what they were. */
class HtmlReportCellTests {
    private static final Pattern CELL = Pattern.compile(
            "data-concept=\"([^\"]+)\" data-rung=\"([A-Z]+)\"[^>]*>.*?<title>([^<]*)</title>");

    private final MemoryStore store = MemoryStores.inMemory();
    private final CoachSession session = Coach.builder().tracks(CliRun.TRACKS).grader(new PassingGrader(0.9, 0.9)).memoryStore(store)
            .clock(CliRun.CLOCK).build().session(LearnerId.of("ada"), "backend");

    private void answer(int steps) {
        for (int i = 0; i < steps; i++) {
            var step = session.next().orElseThrow();
            session.submit(step.id(), Answer.of("An answer."));
        }
    }

    /** The tooltip of one cell of the map. */
    private static String title(String html, String concept, ChallengeLevel level) {
        var m = CELL.matcher(html);
        while (m.find()) {
            if (m.group(1).equals(concept) && m.group(2).equals(level.name())) {
                return m.group(3);
            }
        }
        throw new AssertionError("no cell " + concept + " · " + level);
    }

    @Test
    void aCellCountsTheAnswersAtItsConceptAndRungOnlyNotThoseOnTheRungsAboveThatMovedItsEstimate() {
        answer(15);
        var attempts = store.attempts(AttemptQuery.all(session.learnerId()));
        var readiness = session.readiness();

        String html = HtmlReport.render(readiness, session.track(), attempts, "");

        boolean movedFromElsewhere = false;
        for (var concept : readiness.concepts()) {
            for (var rung : concept.rungs()) {
                long here = attempts.stream().filter(a -> a.conceptId().equals(concept.conceptId())
                        && a.level() == rung.level()).count();
                String title = title(html, concept.conceptId(), rung.level());
                assertThat(title).contains(here == 0 ? "no answers here" : here + (here == 1 ? " answer here" : " answers here"));
                movedFromElsewhere |= rung.evidenceCount() > here;
            }
        }
        assertThat(movedFromElsewhere).as("some estimate moved with answers on other rungs").isTrue();
    }

    @Test
    void followUpsAndReviewsCountInTheCellTheyWereAskedAtAndSaySoWhileTheBossCountsInNone() {
        answer(12);
        var attempts = new ArrayList<>(store.attempts(AttemptQuery.all(session.learnerId())));
        var track = session.track();
        var debug = track.challenges().stream().filter(c -> c.conceptId().equals("http")
                && c.level() == ChallengeLevel.DEBUG && !c.followUps().isEmpty()).findFirst().orElseThrow();
        var boss = track.bossChallenges().get(0);
        String followUp = debug.id() + dev.interviewcoach.api.Challenge.FOLLOW_UP_ID_MARK
                + debug.followUps().get(0).criterionId();
        attempts.add(attempt("f", followUp, "http", ChallengeLevel.DEBUG, StepReason.FOLLOW_UP));
        attempts.add(attempt("r", debug.id(), "http", ChallengeLevel.DEBUG, StepReason.REVIEW));
        attempts.add(attempt("b", boss.id(), boss.conceptId(), boss.level(), StepReason.BOSS));
        long before = attempts.stream().filter(a -> a.conceptId().equals("http") && a.level() == ChallengeLevel.DEBUG
                && a.reason() != StepReason.FOLLOW_UP && a.reason() != StepReason.REVIEW).count();
        long bossCell = attempts.stream().filter(a -> a.conceptId().equals(boss.conceptId()) && a.level() == boss.level()
                && a.reason() != StepReason.BOSS).count();

        String html = HtmlReport.render(session.readiness(), track, attempts, "");

        assertThat(title(html, "http", ChallengeLevel.DEBUG)).contains((before + 2) + " answers here", "1 follow-up",
                "1 review");
        String bossTitle = title(html, boss.conceptId(), boss.level());
        assertThat(bossTitle).contains(bossCell == 0 ? "no answers here" : bossCell + " answer");
        assertThat(html).contains("the boss question's answers are in no cell");
    }

    @Test
    void aCellsTooltipGivesItsMasteryCutAsTheCellDoesAndItsStatusInTheLegendsWords() {
        var rungs = List.of(rung(ChallengeLevel.DEFINE, 0.867, MasteryStatus.MASTERED),
                rung(ChallengeLevel.TRADEOFFS, 0.999, MasteryStatus.MASTERED),
                rung(ChallengeLevel.DEBUG, 0.555, MasteryStatus.TENTATIVE),
                rung(ChallengeLevel.DESIGN, 0.2, MasteryStatus.NOT_MASTERED));
        var concept = new Readiness.Concept("http", "HTTP", Optional.empty(), Readiness.HeldBy.NONE, 0, List.of(), rungs,
                List.of(), Optional.empty(), 0.5);
        var readiness = new Readiness("ada", "backend", LocalDate.of(2026, 12, 3), Optional.empty(), 0.5, List.of(concept));

        String svg = HtmlReport.mapSvg(readiness, CellAnswers.of(List.of()));

        assertThat(svg).contains(">86% ✓</text>", ">99% ✓</text>", ">55% ~</text>", ">20% ✗</text>");
        assertThat(title(svg, "http", ChallengeLevel.DEFINE)).contains("mastery 86%, mastered");
        assertThat(title(svg, "http", ChallengeLevel.TRADEOFFS)).contains("mastery 99%, mastered");
        assertThat(title(svg, "http", ChallengeLevel.DEBUG)).contains("mastery 55%, not decided yet");
        assertThat(title(svg, "http", ChallengeLevel.DESIGN)).contains("mastery 20%, not mastered");
        assertThat(svg).doesNotContain("tentative", "not_mastered", "0.87", "1.00");
    }

    private static Readiness.Rung rung(ChallengeLevel level, double probability, MasteryStatus status) {
        return new Readiness.Rung(level, probability, status, 0.6, 3, List.of());
    }

    private Attempt attempt(String id, String challengeId, String concept, ChallengeLevel level, StepReason reason) {
        return new Attempt(id, session.learnerId(), "backend", challengeId, concept, level, reason, Answer.of("An answer."),
                Grade.ok(0.9, List.of(), List.of(), List.of(), "", "passing", "1"), CliRun.CLOCK.instant());
    }
}
