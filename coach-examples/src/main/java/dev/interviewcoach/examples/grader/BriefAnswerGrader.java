package dev.interviewcoach.examples.grader;

import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.GradeStatus;
import dev.interviewcoach.core.Graders;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import java.util.OptionalDouble;

/**
 * A house rule on top of the rubric grader: an answer of fewer than {@link #MIN_WORDS} words scores
 * at most 0.5, however well its few words match the rubric, because an interviewer expects a
 * sentence or two. Registered under the name {@code brief-answers} by {@link BriefAnswerGraderProvider}.
 *
 * @since 0.1
 */
public final class BriefAnswerGrader implements Grader {
    /** Fewer words than this cap the score. */
    public static final int MIN_WORDS = 12;

    private final Grader rubric = Graders.rubric();

    /** Creates the grader. */
    public BriefAnswerGrader() {}

    @Override
    public String id() {
        return "brief-answers";
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public Grade grade(GradingRequest request) {
        Grade base = rubric.grade(request);
        OptionalDouble score = base.score();
        String feedback = base.feedback();
        int words = request.answer().wordCount();
        if (base.status() == GradeStatus.OK && words < MIN_WORDS && score.getAsDouble() > 0.5) {
            score = OptionalDouble.of(0.5);
            feedback = (feedback.isBlank() ? "" : feedback + "\n") + "Only " + words
                    + " words: say it in a sentence or two, as you would to an interviewer (score capped at 0.5).";
        }
        // the grade names this grader, as every grade must name the grader that gave it
        return new Grade(base.status(), score, base.criteria(), base.dimensions(), base.misconceptions(), feedback, id(),
                version(), base.pressure(), base.message());
    }
}
