package dev.interviewcoach.graders.semantic.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The word-level guards the model needs: grammar words, content stems, echo and keyword-soup tests. */
final class Words {
    /** English grammar words: their presence tells a sentence from a list of terms. */
    static final Set<String> GRAMMAR = Set.of("a", "an", "the", "is", "are", "was", "were", "be", "been", "being",
            "it", "its", "this", "that", "these", "those", "to", "of", "in", "on", "at", "by", "for", "with", "from",
            "as", "and", "or", "but", "if", "then", "so", "because", "when", "while", "which", "who", "what", "how",
            "can", "could", "will", "would", "should", "may", "might", "must", "do", "does", "did", "has", "have",
            "had", "not", "you", "we", "they", "he", "she", "i", "there", "than", "into", "where", "why", "your",
            "our", "their", "them", "us", "me", "my");

    private Words() {}

    /**
     * A crude English stem, enough to match plurals and tenses: the suffix goes, then a final "e", so a
     * word and its forms meet ("queue" and "queues", "store", "stores" and "stored", "cache" and "caching").
     */
    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() > 5 && w.endsWith("ing")) {
            w = w.substring(0, w.length() - 3);
        } else if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        } else if (w.length() > 4 && (w.endsWith("ed") || w.endsWith("es"))) {
            w = w.substring(0, w.length() - 2);
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            w = w.substring(0, w.length() - 1);
        }
        return w.length() > 3 && w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
    }

    /** The stems of the content words (not grammar words) in a text. */
    static Set<String> contentStems(List<String> words) {
        var stems = new HashSet<String>();
        for (String w : words) {
            if (!GRAMMAR.contains(w)) {
                stems.add(stem(w));
            }
        }
        return stems;
    }

    /** Whether the words read as a sentence rather than a list of terms: at least three words, one of them grammar. */
    static boolean sentenceLike(List<String> words) {
        if (words.size() < 3) {
            return false;
        }
        for (String w : words) {
            if (GRAMMAR.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The share of grammar words among all words read; 0 for no words. */
    static double grammarShare(List<Segments.Piece> pieces) {
        int all = 0;
        int grammar = 0;
        for (var p : pieces) {
            for (String w : p.words()) {
                all++;
                if (GRAMMAR.contains(w)) {
                    grammar++;
                }
            }
        }
        return all == 0 ? 0 : (double) grammar / all;
    }

    /** Whether a piece merely repeats the question: at most one of its content words is not the question's. */
    static boolean echoes(List<String> words, Set<String> questionStems) {
        int foreign = 0;
        for (String w : words) {
            if (!GRAMMAR.contains(w) && !questionStems.contains(stem(w))) {
                foreign++;
            }
        }
        return foreign <= 1;
    }
}
