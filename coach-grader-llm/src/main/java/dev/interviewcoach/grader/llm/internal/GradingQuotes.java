package dev.interviewcoach.grader.llm.internal;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.Evidence;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Tells a quote that shows knowledge of the question from one that speaks of the grading. A model
 * that followed text addressed to it credits criteria with that text; such a quote is no evidence of
 * knowing the topic, so it does not count, even when the text slipped past {@link InjectionCheck}. A
 * quote speaks of the grading when it addresses the grader, gives a criterion a verdict by its id, or
 * holds a word of grading (score, marks, points, grade, rubric, criteria, met) that the question itself
 * does not use: in a question about a leaderboard's scores, "score" is a word of the topic.
 */
final class GradingQuotes {
    private static final Set<String> GRADING = Set.of("score", "scores", "scored", "scoring", "marks", "points", "grade",
            "grades", "graded", "grading", "grader", "rubric", "criteria", "criterion", "met");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final InjectionCheck check;
    private final Set<String> topical;

    private GradingQuotes(InjectionCheck check, Set<String> topical) {
        this.check = check;
        this.topical = topical;
    }

    /**
     * The check for quotes from answers to a challenge.
     *
     * @param challenge the challenge, whose question, rubric, misconceptions and reference answer give
     *     the words of its topic
     * @return the check
     */
    static GradingQuotes of(Challenge challenge) {
        var texts = Stream.<String>builder();
        texts.add(challenge.prompt().fullText()).add(challenge.referenceAnswer());
        for (Criterion c : challenge.rubric().criteria()) {
            texts.add(c.description());
            c.evidence().stream().map(Evidence::paraphrases).flatMap(List::stream).forEach(texts::add);
        }
        for (var m : challenge.misconceptions()) {
            texts.add(m.shows());
            m.evidence().stream().map(Evidence::paraphrases).flatMap(List::stream).forEach(texts::add);
        }
        var topical = new HashSet<String>();
        texts.build().forEach(t -> topical.addAll(words(t)));
        topical.retainAll(GRADING);
        return new GradingQuotes(InjectionCheck.of(challenge), Set.copyOf(topical));
    }

    /**
     * Whether a quote speaks of the grading rather than of the question.
     *
     * @param quote the quote
     * @return whether it does, and so is no evidence
     */
    boolean speaksOfGrading(String quote) {
        return check.addressesGrader(quote) || words(quote).stream().anyMatch(w -> GRADING.contains(w) && !topical.contains(w));
    }

    private static Set<String> words(String text) {
        var words = new HashSet<String>();
        for (String w : NON_WORD.split(GradingWords.normalize(text).toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
