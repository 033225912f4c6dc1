package dev.interviewcoach.cli.internal;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.CriterionOutcome;
import dev.interviewcoach.api.CriterionResult;
import dev.interviewcoach.api.EvidenceSpan;
import dev.interviewcoach.api.MasteryChange;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.Feedback;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Draws the feedback on one answer: the score, each criterion met with the words of the answer that
 * showed it, each missed with what was expected, misconceptions with their corrections, how mastery
 * moved, and what comes next and why.
 */
final class FeedbackView {
    /** Past this many mastery changes, only the answered rung's and those whose status changed are listed. */
    private static final int MASTERY_LINES = 8;

    private FeedbackView() {}

    static String render(Feedback feedback, Challenge challenge, Track track, Style style) {
        return renderWithoutNext(feedback, challenge, track, style) + next(feedback, style);
    }

    /**
     * The feedback without the line that says what comes next: for a point where something is said
     * between the two (the end of the diagnosis).
     */
    static String renderWithoutNext(Feedback feedback, Challenge challenge, Track track, Style style) {
        var out = new StringBuilder("\n");
        var grade = feedback.grade();
        String answer = feedback.attempt().answer().text();
        if (feedback.attempt().answer().skipped()) {
            out.append(style.yellow("Skipped: counted as a score of 0.")).append('\n');
            // something to learn from a skip: the points a good answer covers (not the model answer)
            if (!challenge.rubric().criteria().isEmpty()) {
                out.append(style.bold("A good answer covers")).append('\n');
                // an item's lines continue under its text, two columns in from its dash
                challenge.rubric().criteria().forEach(c -> out.append(style.wrap("- " + c.description(), "  "))
                        .append('\n'));
            }
        } else if (grade.score().isPresent()) {
            String verdict = feedback.passed() ? style.green("passed") : style.yellow("not yet");
            out.append(style.bold("Score " + Scores.two(grade.score().getAsDouble()) + " · ")).append(verdict).append('\n');
        } else {
            String message = grade.message().orElse(grade.status().toString()).strip();
            message = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
            String label = message.startsWith("Not counted") ? "" : "Not graded: ";
            out.append(style.wrap(style.red(label + message + ". The answer is stored."), "", "  ")).append('\n');
        }
        var askedNext = feedback.askedNext();
        for (var result : grade.criteria()) {
            if (askedNext.filter(result.criterionId()::equals).isPresent() && result.outcome() != CriterionOutcome.MET) {
                out.append(heldBack(result, style)).append('\n');
                continue;
            }
            out.append(criterion(result, challenge, answer, style)).append('\n');
        }
        capReason(grade).ifPresent(reason -> out.append(style.wrap(style.dim("Why not more: ") + reason + ".", "  ", "    "))
                .append('\n'));
        for (var m : grade.misconceptions()) {
            String shows = challenge.misconception(m.misconceptionId()).map(x -> x.shows()).orElse(m.misconceptionId());
            out.append(style.wrap(style.red("! Misconception: ") + shows + quotes(m.spans(), answer), "  ", "    "))
                    .append('\n');
            out.append(style.wrap(style.green("Correction: ") + m.correction(), "    ")).append('\n');
        }
        String note = gradersNote(grade, challenge);
        if (!note.isEmpty() && !feedback.attempt().answer().skipped()) {
            out.append(style.wrap(style.dim("Grader's note: ") + note, "  ", "    ")).append('\n');
        }
        // a discount of a zero score changed nothing: "0.00 of the grader's 0.00" would only be noise
        boolean nothingToDiscount = feedback.discount().factor() > 0 && grade.score().isPresent()
                && grade.score().getAsDouble() == 0;
        if (!feedback.discount().reasons().isEmpty() && !feedback.attempt().answer().skipped() && !nothingToDiscount) {
            double factor = feedback.discount().factor();
            String raw = factor > 0 && grade.score().isPresent() ? counted(grade.score().getAsDouble(), factor) : "";
            out.append(style.wrap(style.dim("Counted: ") + raw + String.join("; ", feedback.discount().reasons()), "  ",
                    "    ")).append('\n');
        }
        if (!feedback.masteryChanges().isEmpty()) {
            out.append(style.bold("Mastery")).append('\n');
            // an answer moves its rung and, weighted, the rungs below: a boss answer moves every concept it
            // covers, some 25 lines; those below whose status did not change are counted, not listed
            int quiet = 0;
            for (var change : feedback.masteryChanges()) {
                if (feedback.masteryChanges().size() > MASTERY_LINES && change.level() != feedback.attempt().level()
                        && !change.statusChanged()) {
                    quiet++;
                    continue;
                }
                out.append(mastery(change, track, style)).append('\n');
            }
            if (quiet > 0) {
                out.append(style.wrap(style.dim("and " + quiet + " smaller moves on the rungs below; the report shows "
                        + "them all"), "  ", "    ")).append('\n');
            }
        }
        if (feedback.attempt().reason() == dev.interviewcoach.api.StepReason.BOSS && feedback.passed()) {
            out.append(style.wrap(style.green(style.bold("You passed the boss question."))
                    + " It put every concept it covers together in one design; practice and reviews go on from here "
                    + "to keep it that way.", "")).append('\n');
        }
        // the follow-up the coach asks next is not also listed as one an interviewer would ask
        var listed = feedback.followUps().stream()
                .filter(f -> askedNext.filter(f.criterionId()::equals).isEmpty()).toList();
        if (!listed.isEmpty()) {
            out.append(style.bold("An interviewer would ask next")).append('\n');
            listed.forEach(f -> out.append(style.wrap("- " + f.question(), "  ")).append('\n'));
        }
        return out.toString();
    }

    /**
     * Graders whose overall feedback restates the criteria and misconceptions the view lists one by one
     * (and the rubric grader with matchers beside its lexical one, "rubric+semantic").
     */
    private static final java.util.Set<String> EXPLAINED_BY_CRITERIA = java.util.Set.of("rubric", "reference", "semantic");

    /**
     * What a grader's overall feedback says beyond the lines the view shows: a plug-in grader may
     * explain a cap or a deduction only there. The built-in graders' feedback restates the criteria
     * (and the reference grader's quotes the model answer), so it is left out; from any other grader,
     * the lines that restate a criterion or the built-in summary ("Met 2 of 4 criteria (score 0.55).")
     * are left out and the rest is shown.
     */
    static String gradersNote(dev.interviewcoach.api.Grade grade, Challenge challenge) {
        boolean builtIn = EXPLAINED_BY_CRITERIA.contains(grade.graderId()) || grade.graderId().startsWith("rubric+");
        if (!grade.isScored() || builtIn || grade.feedback().isBlank()) {
            return "";
        }
        var kept = new java.util.ArrayList<String>();
        for (String line : grade.feedback().strip().split("\\R")) {
            String l = line.strip();
            boolean restates = l.isEmpty() || l.startsWith("Met ") && l.contains(" criteria (score ")
                    || challenge.rubric().criteria().stream().anyMatch(c -> l.contains(c.description().strip()))
                    || grade.criteria().stream().anyMatch(r -> !r.feedback().isBlank() && l.contains(r.feedback().strip()));
            if (!restates) {
                kept.add(l);
            }
        }
        return String.join(" ", kept);
    }

    /**
     * The line for the point the next question follows up: not described until it has been asked (its
     * description would answer it), and not named by its id, which reads as jargon ("lock safety").
     */
    static String heldBack(CriterionResult result, Style style) {
        return style.wrap(notMet(result, style) + "a point the next question asks about"
                + style.dim(" (what a strong answer says on it is shown after you answer)"), "  ", "    ");
    }

    /** The line that says what comes next, or "" when nothing does. */
    static String next(Feedback feedback, Style style) {
        return feedback.next().map(next -> style.wrap(style.bold("Next: ") + StepView.label(next.reason())
                + " — " + withoutHint(next.why()), "") + "\n").orElse("");
    }

    /**
     * A step's why without the hint a recovery ends it with: under the feedback, before the question
     * is shown (and before a timed one's clock starts), a hint is read off the clock; it comes with the
     * question, whose own "Why:" line keeps it.
     */
    static String withoutHint(String why) {
        int at = why.indexOf(" Hint: ");
        if (at < 0) {
            return why;
        }
        String before = why.substring(0, at).stripTrailing();
        boolean stop = before.endsWith(".");
        return (stop ? before.substring(0, before.length() - 1) : before) + " (the hint comes with the question)"
                + (stop ? "." : "");
    }

    static String criterion(CriterionResult result, Challenge challenge, String answer, Style style) {
        String description = challenge.rubric().criterion(result.criterionId()).map(c -> c.description())
                .orElse(result.criterionId());
        if (result.outcome() == CriterionOutcome.MET) {
            return style.wrap(style.green("✓ Met: ") + description + quotes(result.spans(), answer), "  ", "    ");
        }
        String mark = notMet(result, style);
        String hint = hint(result, description);
        String expected = hint.isBlank() ? "" : "\n" + style.dim("Expected: ") + hint;
        // a missed criterion quotes nothing: words a guard discounted (keyword soup, an echo of the question)
        // are no evidence, and a quote beside "Missed" reads as if they were
        String seen = result.spans().isEmpty() || result.outcome() == CriterionOutcome.MISSED ? ""
                : quotes(result.spans(), answer);
        return style.wrap(mark + description + seen + expected, "  ", "    ");
    }

    /** The first line of the built-in graders' overall feedback, when it gives the reason a cap lowered the score. */
    private static final java.util.regex.Pattern CAPPED = java.util.regex.Pattern.compile(
            "^Met \\d+ of \\d+ criteria \\(score [0-9.]+: (.+)\\)\\.$");

    /**
     * Why the score is lower than the criteria met suggest, as the built-in graders say it (a missed
     * required point, a misconception): the view leaves their overall feedback out, as it restates the
     * criteria, but not this.
     */
    static java.util.Optional<String> capReason(dev.interviewcoach.api.Grade grade) {
        if (!grade.isScored() || grade.feedback().isBlank()) {
            return java.util.Optional.empty();
        }
        var matcher = CAPPED.matcher(grade.feedback().strip().lines().findFirst().orElse(""));
        return matcher.matches() ? java.util.Optional.of(capitalized(matcher.group(1))) : java.util.Optional.empty();
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The mark of a criterion not fully met: partly or missed. */
    private static String notMet(CriterionResult result, Style style) {
        return result.outcome() == CriterionOutcome.PARTLY_MET ? style.yellow("~ Partly: ") : style.red("✗ Missed: ");
    }

    /** What a grade's feedback on a criterion adds to its description, without repeating it. */
    static String hint(CriterionResult result, String description) {
        String hint = result.feedback().strip();
        for (String lead : new String[] {"Missing: ", "Partly covered: "}) {
            if (hint.startsWith(lead + description.strip())) {
                hint = hint.substring(lead.length() + description.strip().length()).strip();
            }
        }
        return hint;
    }

    /** The words of the answer that a grade points at, quoted. */
    /**
     * "0.45 of the grader's 0.50: ": what counted of the grader's score; with a third decimal when two
     * would show the same number for both ("0.50 of the grader's 0.50" would hide a 1 % discount).
     */
    static String counted(double counted, double factor) {
        double graded = counted / factor;
        boolean sameAtTwo = Scores.two(counted).equals(Scores.two(graded));
        return sameAtTwo && counted != graded ? Scores.three(counted) + " of the grader's " + Scores.three(graded) + ": "
                : Scores.two(counted) + " of the grader's " + Scores.two(graded) + ": ";
    }

    static String quotes(List<EvidenceSpan> spans, String answer) {
        var quoted = spans.stream()
                .filter(s -> s.end() <= answer.length())
                .map(s -> "“" + asSaid(s, answer).in(answer).strip().replaceAll("\\s+", " ") + "”")
                .filter(q -> q.length() > 2)
                .distinct()
                .limit(3)
                .collect(Collectors.joining(", "));
        return quoted.isEmpty() ? "" : " — " + quoted;
    }

    /**
     * A span as the learner said it: in whole words, and with a negator directly before it in the same
     * sentence ("don't", "do not", "never", "no", "not", "without", or a word ending in "n't"), so a quote
     * of "log request bodies" out of "Don't log request bodies" does not read as the opposite of what was said.
     */
    static EvidenceSpan asSaid(EvidenceSpan span, String text) {
        var words = wholeWords(span, text);
        int start = Negators.start(text, words.start());
        return start == words.start() ? words : new EvidenceSpan(start, words.end());
    }

    /**
     * A span widened to the whole words it touches: a grader's span may start or end inside a word (a
     * split identifier, "last" of "lastName", or offsets one off), and a learner is shown words, not
     * pieces of them.
     */
    static EvidenceSpan wholeWords(EvidenceSpan span, String text) {
        int start = Math.max(0, Math.min(span.start(), text.length()));
        int end = Math.max(start, Math.min(span.end(), text.length()));
        while (start > 0 && start < text.length() && Character.isLetterOrDigit(text.charAt(start - 1))
                && Character.isLetterOrDigit(text.charAt(start))) {
            start--;
        }
        while (end < text.length() && end > 0 && Character.isLetterOrDigit(text.charAt(end - 1))
                && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return start == span.start() && end == span.end() ? span : new EvidenceSpan(start, end);
    }

    /**
     * One line on how an answer moved a rung's mastery, wrapped to the width like the rest of the feedback:
     * "↑ REST and API design · DESIGN 0.77 → 0.85 (tentative → mastered)". The estimates are shown with two
     * decimals, cut like the scores (so 0.849 never reads as the 0.85 a rung is mastered from, and a status
     * that crosses a threshold shows a number that crossed it); a move too small to show in two decimals is
     * said in words beside the one figure ("0.11, slightly lower") rather than as two equal figures or with a
     * third decimal on some lines only.
     */
    static String mastery(MasteryChange change, Track track, Style style) {
        String concept = track.concept(change.conceptId()).map(c -> c.title()).orElse(change.conceptId());
        String status = change.statusChanged() ? " (" + words(change.statusBefore()) + " → " + words(change.statusAfter()) + ")"
                : "";
        String before = Scores.two(change.before());
        String after = Scores.two(change.after());
        String hidden = !before.equals(after) ? ""
                : change.after() > change.before() ? ", slightly higher"
                : change.after() < change.before() ? ", slightly lower" : ", unchanged";
        String arrow = change.after() > change.before() ? style.green("↑")
                : change.after() < change.before() ? style.red("↓") : style.dim("=");
        String figures = hidden.isEmpty() ? before + " → " + after : after + hidden;
        return style.wrap(arrow + " " + concept + " · " + change.level() + " " + figures + status,
                "  ", "    ");
    }

    /** A mastery status as a candidate reads it. */
    static String words(dev.interviewcoach.api.MasteryStatus status) {
        return switch (status) {
            case MASTERED -> "mastered";
            case NOT_MASTERED -> "not yet";
            case TENTATIVE -> "tentative";
        };
    }
}
