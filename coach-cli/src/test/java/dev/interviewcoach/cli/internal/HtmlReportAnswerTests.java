package dev.interviewcoach.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.CriterionOutcome;
import dev.interviewcoach.api.CriterionResult;
import dev.interviewcoach.api.DetectedMisconception;
import dev.interviewcoach.api.EvidenceSpan;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.core.Coach;
import dev.interviewcoach.core.CoachSession;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An answered challenge in the HTML report says what it was asked as, what its misconceptions were, and marks what was said. */
class HtmlReportAnswerTests {
    private final CoachSession session = Coach.builder().tracks(CliRun.TRACKS).clock(CliRun.CLOCK).build()
            .session(LearnerId.of("ada"), "backend");

    /** The article of the one answer in a report. */
    private String article(Challenge challenge, StepReason reason, String answer, Grade grade) {
        var attempt = new Attempt("a1", session.learnerId(), "backend", challenge.id(), challenge.conceptId(),
                challenge.level(), reason, Answer.of(answer), grade, CliRun.CLOCK.instant());
        String page = HtmlReport.render(session.readiness(), session.track(), List.of(attempt), "");
        return page.substring(page.indexOf("<article"), page.indexOf("</article>"));
    }

    @Test
    void aMisconceptionSaysWhatTheMistakeWasAndThenItsCorrectionEachLabelled() {
        var challenge = session.track().challenges().stream().filter(c -> !c.misconceptions().isEmpty()).findFirst()
                .orElseThrow();
        var misconception = challenge.misconceptions().get(0);
        var grade = Grade.ok(0.3, List.of(), List.of(), List.of(new DetectedMisconception(misconception.id(), List.of(),
                misconception.correction())), "", "rubric", "1");

        String article = article(challenge, StepReason.PRACTICE, "An answer.", grade);

        assertThat(article).contains("Misconception: " + Html.esc(misconception.shows()),
                "Correction: " + Html.esc(misconception.correction()))
                .doesNotContain("Misconception: " + Html.esc(misconception.correction()));
        assertThat(article.indexOf("Misconception: ")).isLessThan(article.indexOf("Correction: "));
    }

    @Test
    void aBossAnswerIsHeadedAsTheBossQuestionCoveringItsConceptsNotByItsFirstConcept() {
        var boss = session.track().bossChallenges().get(0);
        long covered = boss.rubric().dimensions().stream().flatMap(d -> d.conceptIds().stream()).distinct().count();
        String first = session.track().concept(boss.conceptId()).orElseThrow().title();

        String article = article(boss, StepReason.BOSS, "A design.",
                Grade.ok(0.7, List.of(), List.of(), List.of(), "", "rubric", "1"));

        String heading = article.substring(article.indexOf("<h3>"), article.indexOf("</h3>"));
        assertThat(covered).isGreaterThan(1);
        assertThat(heading).contains("Boss question · covers " + covered + " concepts · " + boss.level())
                .doesNotContain(Html.esc(first));
    }

    @Test
    void aHighlightTakesInTheNegatorDirectlyBeforeTheQuotedWords() {
        var challenge = session.track().challenges().get(0);
        var criteria = challenge.rubric().criteria();
        String answer = "Don't log request bodies. I said no. Mask the tokens.";
        int log = answer.indexOf("log request");
        int mask = answer.indexOf("Mask");
        var grade = Grade.ok(0.8, List.of(
                new CriterionResult(criteria.get(0).id(), CriterionOutcome.MET, 1,
                        List.of(new EvidenceSpan(log, log + "log request bodies".length())), ""),
                new CriterionResult(criteria.get(1).id(), CriterionOutcome.MET, 1,
                        List.of(new EvidenceSpan(mask, mask + "Mask the tokens".length())), "")),
                List.of(), List.of(), "", "rubric", "1");

        String article = article(challenge, StepReason.PRACTICE, answer, grade);

        assertThat(article).contains("<mark>Don&#39;t log request bodies</mark>", "no. <mark>Mask the tokens</mark>",
                "“Don&#39;t log request bodies”");
    }
}
