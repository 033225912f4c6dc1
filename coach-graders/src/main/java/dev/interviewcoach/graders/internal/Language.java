package dev.interviewcoach.graders.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;

/**
 * Whether an answer is written in another language than English, which rubrics are matched in: read
 * by the share of its words that are another language's function words (Lucene's stop word lists for
 * German, Spanish, French, Italian and Portuguese) while few are English ones. A grader that
 * matches English words cannot judge such an answer, so it says so rather than scoring it as a miss.
 */
final class Language {
    /**
     * At or above this share of English grammar words (as the analyser counts them) an answer reads as
     * English prose and is not read for another language at all.
     */
    static final double ENGLISH_PROSE = 0.15;
    /** Fewer words (of two letters or more) than this are never judged foreign: too little to tell. */
    static final int MIN_WORDS = 8;
    /** At least this many different function words of the other language ("per" alone is English too). */
    static final int MIN_DISTINCT = 3;
    /** At least this share of the words must be one other language's function words. */
    static final double FOREIGN_SHARE = 0.20;
    /**
     * And at most this share English function words (English prose, even telegraphic or non-native,
     * has more; some short words such as "a", "no" and "as" are function words in both), and under half
     * as many as the other language's.
     */
    static final double ENGLISH_SHARE = 0.15;

    private static final String[] NAMES = {"German", "Spanish", "French", "Italian", "Portuguese"};
    private static final List<CharArraySet> OTHERS = List.of(GermanAnalyzer.getDefaultStopSet(),
            SpanishAnalyzer.getDefaultStopSet(), FrenchAnalyzer.getDefaultStopSet(), ItalianAnalyzer.getDefaultStopSet(),
            PortugueseAnalyzer.getDefaultStopSet());

    private Language() {}

    /**
     * The other language an answer is written in, if it clearly is one.
     *
     * @param text the answer
     * @return the language's English name, or empty for English, mixed or too short a text
     */
    static Optional<String> foreign(String text) {
        int words = 0;
        int english = 0;
        int[] others = new int[OTHERS.size()];
        var distinct = new ArrayList<Set<String>>();
        OTHERS.forEach(set -> distinct.add(new HashSet<>()));
        int i = 0;
        int n = text.length();
        // the first 20,000 characters tell the language; the rest of a long answer changes nothing
        int end = Math.min(n, 20_000);
        while (i < end) {
            int cp = text.codePointAt(i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < end && Character.isLetter(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i - start < 2) {
                continue; // a letter alone is a unit, an abbreviation's part or a list mark: 60s, e.g.
            }
            String word = text.substring(start, i).toLowerCase(Locale.ROOT);
            words++;
            if (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word)) {
                english++;
            }
            for (int k = 0; k < OTHERS.size(); k++) {
                if (OTHERS.get(k).contains(word)) {
                    others[k]++;
                    distinct.get(k).add(word);
                }
            }
        }
        if (words < MIN_WORDS || english > ENGLISH_SHARE * words) {
            return Optional.empty();
        }
        int best = -1;
        for (int k = 0; k < OTHERS.size(); k++) {
            if (others[k] >= FOREIGN_SHARE * words && english * 2 < others[k] && distinct.get(k).size() >= MIN_DISTINCT
                    && (best < 0 || others[k] > others[best])) {
                best = k;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(NAMES[best]);
    }
}
