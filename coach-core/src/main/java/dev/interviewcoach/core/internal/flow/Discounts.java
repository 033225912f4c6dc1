package dev.interviewcoach.core.internal.flow;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.GradeStatus;
import dev.interviewcoach.api.PressureCheck;
import dev.interviewcoach.core.EvidenceDiscount;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Turns a grader's grade into the evidence an answer gives, the same for every grader: over a time
 * limit (in whole seconds) or word budget the score is multiplied by limit ÷ actual (twice the budget
 * counts half), each hint used takes {@value #HINT_COST} off (never below {@value #HINT_FLOOR}), and a
 * skip is a score of 0 without asking the grader. With pressure off, time and words are reported, not
 * counted.
 */
final class Discounts {
    static final double HINT_COST = 0.15;
    static final double HINT_FLOOR = 0.4;
    static final String SKIP_GRADER = "skip";

    /** The grade to store and the discount it carries. */
    record Discounted(Grade grade, EvidenceDiscount discount) {}

    private Discounts() {}

    /**
     * The grade of a skipped question: scored 0, since it shows nothing of the answer.
     *
     * @return the grade
     */
    static Discounted skipped() {
        var reason = "Skipped: counted as a score of 0.";
        return new Discounted(Grade.ok(0, List.of(), List.of(), List.of(), reason, SKIP_GRADER, "1"),
                new EvidenceDiscount(0, List.of(reason)));
    }

    /**
     * Applies time, words and hints to a grade.
     *
     * @param grade the grader's grade
     * @param challenge the challenge answered
     * @param answer the answer, with the time it took (measured by the host or by the coach)
     * @param pressure whether time limits and word budgets count
     * @return the grade to store and its discount
     */
    static Discounted apply(Grade grade, Challenge challenge, Answer answer, boolean pressure) {
        var prompt = challenge.prompt();
        var reasons = new ArrayList<String>();
        var notes = new ArrayList<String>();
        double factor = 1;
        Optional<PressureCheck> check = grade.pressure();
        if (prompt.timeLimit().isPresent() || prompt.wordBudget().isPresent()) {
            var c = new PressureCheck(prompt.timeLimit(), answer.timeTaken(), prompt.wordBudget(), answer.wordCount());
            check = Optional.of(c);
            // time counts in whole seconds, as the limit is set and shown: a fraction of a second over
            // would be a discount the reason cannot show ("120 s for a 120 s limit")
            long limit = prompt.timeLimit().map(Duration::toSeconds).orElse(Long.MAX_VALUE);
            long taken = answer.timeTaken().toSeconds();
            if (taken > limit) {
                double f = (double) limit / taken;
                String what = String.format(Locale.ROOT, "%d s for a %d s limit (%s over)", taken, limit, over(f));
                factor = add(pressure, what, f, factor, reasons, notes);
            }
            if (c.overBudget()) {
                int budget = prompt.wordBudget().getAsInt();
                double f = (double) budget / c.words();
                String what = String.format(Locale.ROOT, "%d words for a %d-word budget (%s over)", c.words(), budget,
                        over(f));
                factor = add(pressure, what, f, factor, reasons, notes);
            }
        }
        if (answer.hintsUsed() > 0) {
            double f = Math.max(HINT_FLOOR, 1 - HINT_COST * answer.hintsUsed());
            factor = add(true, answer.hintsUsed() + (answer.hintsUsed() == 1 ? " hint" : " hints") + " used", f, factor,
                    reasons, notes);
        }
        if (reasons.isEmpty() && notes.isEmpty() && check.equals(grade.pressure())) {
            return new Discounted(grade, EvidenceDiscount.none());
        }
        var discount = new EvidenceDiscount(factor, reasons);
        var text = new StringBuilder(grade.feedback());
        var message = grade.message();
        OptionalDouble score = grade.score();
        if (grade.status() == GradeStatus.OK && factor < 1) {
            double raw = score.getAsDouble();
            score = OptionalDouble.of(raw * factor);
            String line = String.format(Locale.ROOT, "Counted as evidence: %.2f of the grader's %.2f (×%s): %s.",
                    raw * factor, raw, shown(factor), String.join("; ", reasons));
            append(text, line);
            message = Optional.of(message.map(m -> m + "; ").orElse("") + line);
        }
        notes.forEach(n -> append(text, n));
        return new Discounted(new Grade(grade.status(), score, grade.criteria(), grade.dimensions(), grade.misconceptions(),
                text.toString(), grade.graderId(), grade.graderVersion(), check, message), discount);
    }

    private static double add(boolean counts, String what, double f, double factor, List<String> reasons,
            List<String> notes) {
        if (!counts) {
            notes.add("Pressure is off: " + what + " is reported, not counted.");
            return factor;
        }
        reasons.add(what + ": ×" + shown(f));
        return factor * f;
    }

    /** How far over a factor is, in whole percent; under 1 % is said so, since "0 % over" reads as not over. */
    private static String over(double f) {
        long percent = Math.round((1 / f - 1) * 100);
        return percent == 0 ? "less than 1 %" : percent + " %";
    }

    /** A factor below 1, with two decimals, or more where two would show it as 1 (0.995 is ×0.995, not ×1.00). */
    static String shown(double f) {
        String shown = String.format(Locale.ROOT, "%.2f", f);
        for (int decimals = 3; f < 1 && shown.startsWith("1") && decimals <= 6; decimals++) {
            shown = String.format(Locale.ROOT, "%." + decimals + "f", f);
        }
        return shown;
    }

    private static void append(StringBuilder text, String line) {
        if (text.length() > 0) {
            text.append('\n');
        }
        text.append(line);
    }
}
