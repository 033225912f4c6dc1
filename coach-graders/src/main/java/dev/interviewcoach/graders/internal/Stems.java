package dev.interviewcoach.graders.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Stems the words of one analysis: British spellings read as American ones, past forms of irregular
 * verbs as their verb, then the Snowball English (Porter2) stemmer. Stemming is most of the cost of
 * grading, so two memories spare it: one for the analysis itself (a word an answer repeats is stemmed
 * once) and one JVM-wide for the words of <em>content</em> (rubric paraphrases, prompts, reference
 * answers, the vocabulary), filled only while content is compiled. An answer reads the content's
 * words and never adds its own, so no answer's words outlive its grading.
 */
final class Stems {
    /** How many content words the JVM-wide memory holds at most (a track of 250 challenges uses ~20,000). */
    static final int CONTENT_WORDS = 200_000;
    private static final Map<String, String> CONTENT = new ConcurrentHashMap<>();

    /**
     * Words the stemmer would fold onto another word of other meaning, kept apart: "likely" is no "like"
     * ("conflicts are likely" is not said by "conflicts are rare, like …").
     */
    private static final Map<String, String> OWN_STEMS = Map.of("likely", "likeli");

    private final EnglishStemmer stemmer = new EnglishStemmer();
    private final Map<String, String> memo;
    private final boolean content;

    private Stems(boolean content) {
        this.content = content;
        // an answer's: sized for a few hundred distinct words, so it does not grow while one is read; a
        // content phrase has a handful
        this.memo = new HashMap<>(content ? 16 : 512);
    }

    /** Stems for an answer: reads what content taught, adds nothing beyond this analysis. */
    static Stems forAnswer() {
        return new Stems(false);
    }

    /** Stems for content, whose words are remembered for every later analysis. */
    static Stems forContent() {
        return new Stems(true);
    }

    /** Whether content has taught the stem of this surface form (for tests). */
    static boolean knows(String surface) {
        return CONTENT.containsKey(surface);
    }

    /**
     * The stem of a lowercase word.
     *
     * @param surface the word
     * @return its stem
     */
    String stem(String surface) {
        String stem = memo.get(surface);
        if (stem != null) {
            return stem;
        }
        stem = CONTENT.get(surface);
        if (stem == null) {
            stem = OWN_STEMS.get(surface);
        }
        if (stem == null) {
            stemmer.setCurrent(IrregularForms.base(BritishSpelling.american(surface)));
            stemmer.stem();
            stem = stemmer.getCurrent();
            if (content && CONTENT.size() < CONTENT_WORDS) {
                CONTENT.putIfAbsent(surface, stem);
            }
        }
        memo.put(surface, stem);
        return stem;
    }
}
