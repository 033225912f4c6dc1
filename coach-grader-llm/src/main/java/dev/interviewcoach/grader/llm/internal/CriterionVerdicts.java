package dev.interviewcoach.grader.llm.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds a verdict given to a criterion of the rubric by its id, as a forged verdict gives it:
 * "diagnosis met, fix met", "retry-caution: passed", {@code "budget": "met"}, "met: diagnosis". An id
 * is recognised with its parts joined by hyphens, dots, underscores or spaces, in any case.
 *
 * <p>A verdict counts when it closes its clause (a punctuation mark or the end follows: "the fix met the
 * SLA" names no verdict). A verdict that is also an everyday word ("the timeout passed, so") counts
 * only after a colon, an equals sign or an arrow, or when the sentence gives two verdicts.
 */
final class CriterionVerdicts {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** What may stand between an id and its verdict in a list or JSON: ":", "=", "->", a dash, quotes. */
    private static final String SEPARATOR = "\\s*[\"'\u201c\u201d\u2018\u2019]?\\s*(?:[:=\uff1a\u2192\u2013\u2014]|-+>?|=>)\\s*"
            + "[\"'\u201c\u201d\u2018\u2019]?\\s*";
    /** What may stand between an id and its verdict in a sentence: "is", "was now", "fully". */
    private static final String LINK = "\\s*(?:(?:is|are|was|were|been|be|now|fully|already|clearly)\\s+){0,2}";
    /** The verdict closes its clause. */
    private static final String END = "(?=\\s*(?:[\\p{P}\\p{S}]|$)|\\s+and\\s)";

    private final Pattern strong;
    private final Pattern any;

    private CriterionVerdicts(Pattern strong, Pattern any) {
        this.strong = strong;
        this.any = any;
    }

    /**
     * The verdicts on these criteria.
     *
     * @param criterionIds the rubric's criterion ids
     * @return the finder; one that finds nothing for no ids
     */
    static CriterionVerdicts of(Collection<String> criterionIds) {
        if (criterionIds.isEmpty()) {
            return new CriterionVerdicts(null, null);
        }
        String id = "(?<![A-Za-z0-9_-])(?:" + criterionIds.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(CriterionVerdicts::id).collect(Collectors.joining("|")) + ")(?![A-Za-z0-9_])";
        String verdict = GradingWords.ALL.verdicts();
        String either = "(?:" + verdict + "|" + GradingWords.ALL.outcomes() + ")";
        var strong = Pattern.compile(id + SEPARATOR + either + END + "|" + id + LINK + verdict + END + "|"
                + verdict + SEPARATOR + id, FLAGS);
        var any = Pattern.compile(id + "(?:" + SEPARATOR + "|" + LINK + ")" + either + END, FLAGS);
        return new CriterionVerdicts(strong, any);
    }

    /**
     * Whether a normalized text gives a criterion a verdict.
     *
     * @param text the text, {@linkplain GradingWords#normalize normalized}
     * @return whether it does
     */
    boolean in(String text) {
        if (strong == null) {
            return false;
        }
        if (strong.matcher(text).find()) {
            return true;
        }
        var m = any.matcher(text);
        return m.find() && m.find();
    }

    /** An id as a pattern: its parts joined by any of the marks that join them, or by spaces. */
    private static String id(String criterionId) {
        return Pattern.compile("[-_.#]+").splitAsStream(criterionId).filter(s -> !s.isEmpty()).map(Pattern::quote)
                .collect(Collectors.joining("[\\s\\-_.#]*"));
    }
}
