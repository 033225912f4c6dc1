package dev.interviewcoach.core.internal.grading;

import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.Dimension;
import dev.interviewcoach.api.EvidenceSpan;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import java.util.HashSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a grade a grader returned may be used: signed by that grader, and fitting its question
 * (evidence inside the answer; criteria, misconceptions and dimensions the question has, each once);
 * and the grade with its texts cut to a size the coach keeps. The coach checks the grade of the grader
 * it calls with it, and {@link Fallback} and {@link CompositeGrader} the grade of each of their members,
 * so a member's grade is held to the same rules as a grader's own.
 */
public final class GradeFit {
    /** A logger name hosts can rely on (the class is internal): grader failures, timeouts, unfit grades. */
    private static final Logger LOG = LoggerFactory.getLogger("dev.interviewcoach.grading");

    private GradeFit() {}

    /** The most characters of a grader's text the coach keeps: its feedback, message, each criterion's feedback. */
    static final int MOST_TEXT = 20_000;

    /**
     * A grade whose texts are at most {@value #MOST_TEXT} characters each: a grader's feedback is stored
     * with every attempt and shown to the learner, so a runaway one (a model repeating itself) is cut,
     * and the cut text says so.
     */
    public static Grade bounded(Grade grade) {
        boolean longer = grade.feedback().length() > MOST_TEXT || grade.message().map(m -> m.length() > MOST_TEXT).orElse(false)
                || grade.criteria().stream().anyMatch(c -> c.feedback().length() > MOST_TEXT);
        if (!longer) {
            return grade;
        }
        var criteria = grade.criteria().stream().map(c -> c.feedback().length() <= MOST_TEXT ? c
                : new dev.interviewcoach.api.CriterionResult(c.criterionId(), c.outcome(), c.credit(), c.spans(),
                        cut(c.feedback()))).toList();
        return new Grade(grade.status(), grade.score(), criteria, grade.dimensions(), grade.misconceptions(),
                cut(grade.feedback()), grade.graderId(), grade.graderVersion(), grade.pressure(), grade.message().map(GradeFit::cut));
    }

    private static String cut(String text) {
        if (text.length() <= MOST_TEXT) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(MOST_TEXT)) ? MOST_TEXT - 1 : MOST_TEXT;
        return text.substring(0, end) + " […the grader's text went on for " + text.length()
                + " characters; the coach keeps the first " + end + "]";
    }

    /**
     * The grade a grader returned when the coach may use it, else an {@code ERROR} grade of that grader
     * that says what is wrong with it (and a warning logged): a scored grade must be signed by the grader
     * (its id and version, which are stored with the attempt to say who graded it) and fit its question.
     * A grade without a score is returned as it is.
     *
     * @param grader the grader that returned the grade
     * @param grade its grade
     * @param request what it graded
     * @return {@code grade}, or an error grade of {@code grader} saying why {@code grade} is not used
     */
    public static Grade checked(Grader grader, Grade grade, GradingRequest request) {
        String problem = !grade.isScored() ? null : signedByAnother(grader, grade) ? "is signed by " + grade.graderId()
                + " " + grade.graderVersion() + ", not by " + grader.id() + " " + grader.version() : misfit(grade, request);
        if (problem == null) {
            if (grade.isScored() && grade.dimensions().isEmpty() && !request.challenge().rubric().dimensions().isEmpty()) {
                // used, but worth a line: the answer moves only the challenge's own concept
                LOG.warn("grader {} returned no dimension results for the multi-dimensional challenge {}: the answer "
                        + "moves only its own concept ({}), not each concept of its dimensions", grader.id(),
                        request.challenge().id(), request.challenge().conceptId());
            }
            return grade;
        }
        LOG.warn("grader {} returned a grade that does not fit challenge {}: {}", grader.id(),
                request.challenge().id(), problem);
        return Grade.error(grader.id(), grader.version(), "the grader " + grader.id() + " returned a grade that "
                + problem + "; it was not used");
    }

    /** Whether a grade names another grader than the one that returned it. */
    private static boolean signedByAnother(Grader grader, Grade grade) {
        return !grader.id().equals(grade.graderId()) || !grader.version().equals(grade.graderVersion());
    }

    /** The first thing in a grade that does not fit its question, or null when everything does. */
    static String misfit(Grade grade, GradingRequest request) {
        int length = request.answer().text().length();
        var challenge = request.challenge();
        // a grade speaks the rubric's criteria, or (a grader that does not grade by the rubric, such as
        // the reference graders) only parts of its own; one that mixes the two names a criterion wrongly
        var criteria = challenge.rubric().criteria();
        boolean rubricTerms = false;
        for (var c : grade.criteria()) {
            rubricTerms |= hasCriterion(criteria, c.criterionId());
        }
        var named = new HashSet<String>();
        for (var c : grade.criteria()) {
            boolean known = hasCriterion(criteria, c.criterionId());
            if (!named.add(c.criterionId())) {
                // a grade in unknown ids alone passes as the grader's own parts; one that names such an id
                // twice most likely meant the rubric's criteria, so it is told which they are
                return known ? "grades the criterion " + c.criterionId() + " twice"
                        : "names " + c.criterionId() + " twice, and the question has no criterion " + c.criterionId()
                                + " (its criteria: " + ids(criteria) + ")";
            }
            if (rubricTerms && !known) {
                return "names a criterion the question does not have (" + c.criterionId() + "; its criteria: "
                        + ids(criteria) + ")";
            }
            if (outside(c.spans(), length)) {
                return "quotes evidence for " + c.criterionId() + " outside the answer";
            }
        }
        named.clear();
        for (var m : grade.misconceptions()) {
            if (!named.add(m.misconceptionId())) {
                return "reports the misconception " + m.misconceptionId() + " twice";
            }
            if (challenge.misconception(m.misconceptionId()).isEmpty()) {
                return "names a misconception the question does not have (" + m.misconceptionId() + ")";
            }
            if (outside(m.spans(), length)) {
                return "quotes evidence for " + m.misconceptionId() + " outside the answer";
            }
        }
        named.clear();
        for (var d : grade.dimensions()) {
            if (!named.add(d.dimensionId())) {
                return "grades the dimension " + d.dimensionId() + " twice";
            }
            if (!hasDimension(challenge.rubric().dimensions(), d.dimensionId())) {
                return "names a dimension the question does not have (" + d.dimensionId() + ")";
            }
        }
        return null;
    }

    // plain loops: this check runs on every grade, and the lists are a handful long

    private static boolean hasCriterion(List<Criterion> criteria, String id) {
        for (var c : criteria) {
            if (c.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static String ids(List<Criterion> criteria) {
        var ids = new StringBuilder();
        for (var c : criteria) {
            ids.append(ids.length() == 0 ? "" : ", ").append(c.id());
        }
        return ids.toString();
    }

    private static boolean hasDimension(List<Dimension> dimensions, String id) {
        for (var d : dimensions) {
            if (d.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static boolean outside(List<EvidenceSpan> spans, int length) {
        for (var span : spans) {
            if (span.end() > length) {
                return true;
            }
        }
        return false;
    }
}
