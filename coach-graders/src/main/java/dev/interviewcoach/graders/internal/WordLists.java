package dev.interviewcoach.graders.internal;

import java.util.Map;
import java.util.Set;

/**
 * The grader's word lists: function words (which carry no evidence but show that an answer is
 * written as sentences) and negators. Synonyms and abbreviations are the domain vocabulary's
 * ({@code vocabulary.txt}, read by {@link Vocabulary}). Entries are lowercase
 * surface forms as the tokenizer emits them.
 */
final class WordLists {
    private WordLists() {}

    /** A set that tolerates a word listed twice, so editing a list cannot break class initialisation. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static final Set<String> NEGATORS = words(
            "not", "no", "never", "without", "cannot", "nor", "neither", "avoid", "avoids", "avoiding",
            "don't", "doesn't", "isn't", "aren't", "can't", "won't", "shouldn't", "wouldn't", "mustn't",
            "didn't", "wasn't", "weren't", "hasn't", "haven't", "couldn't", "dont", "doesnt", "isnt",
            "arent", "cant", "wont", "shouldnt", "wouldnt", "didnt", "wasnt");

    /** Negators that deny only the words right after them, not the whole clause. */
    static final Set<String> NOUN_NEGATORS = words("without", "no", "nor", "neither", "avoid", "avoids", "avoiding", "non");

    /** Words that carry no evidence: articles, pronouns, auxiliaries, modals, basic prepositions and connectives. */
    static final Set<String> FUNCTION_WORDS = words(
            "a", "an", "the", "and", "or", "but", "if", "then", "else", "so", "because", "as", "than", "that",
            "this", "these", "those", "there", "here", "which", "who", "whom", "whose", "what", "when", "where",
            "why", "how", "while", "until", "since", "though", "although", "unless", "whether", "whereas",
            "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did",
            "has", "have", "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might",
            "must", "it", "its", "it's", "i", "i'm", "i'd", "i'll", "me", "my", "we", "we're", "we'd", "us", "our",
            "you", "you're", "you'd", "your", "they", "they're", "them", "their", "he", "she", "him", "her", "his",
            "of", "in", "on", "at", "to", "for", "with", "by", "from", "into", "onto", "about", "also", "just",
            "very", "too", "some", "any", "such", "etc", "e.g", "i.e", "it'll", "that's", "there's", "what's",
            "let's");

    /** Further words of ordinary prose: they count as evidence but also show an answer is written as sentences. */
    static final Set<String> PROSE_WORDS = words(
            "more", "most", "less", "only", "once", "again", "all", "each", "every", "both", "other", "another",
            "instead", "rather", "before", "after", "over", "under", "between", "through", "during", "against",
            "per", "via", "up", "down", "out", "off", "one", "still", "even", "already", "like", "therefore",
            "thus", "however", "otherwise", "get", "gets", "got", "make", "makes", "way", "thing", "things",
            "same", "done", "need", "needs", "use", "uses", "used", "want", "means", "mean", "basically",
            "really", "actually", "usually", "often", "probably", "maybe");

    /** Connectives that start a new clause: a negation before them does not reach past them. */
    static final Set<String> CLAUSE_BREAKERS = words(
            "since", "because", "but", "although", "though", "while", "whereas", "so", "then", "unless", "which");

    /** What a surface word is to the grader, looked up once. */
    enum Kind { NEGATOR, FUNCTION, PROSE, CONTENT }

    private static final java.util.Map<String, Kind> KINDS = kinds();

    private static java.util.Map<String, Kind> kinds() {
        var kinds = new java.util.HashMap<String, Kind>();
        PROSE_WORDS.forEach(w -> kinds.put(w, Kind.PROSE));
        FUNCTION_WORDS.forEach(w -> kinds.put(w, Kind.FUNCTION));
        NEGATORS.forEach(w -> kinds.put(w, Kind.NEGATOR));
        return java.util.Map.copyOf(kinds);
    }

    /** The kind of a lowercase surface word: negators win over function words, function words over prose words. */
    static Kind kind(String surface) {
        return KINDS.getOrDefault(surface, Kind.CONTENT);
    }
}
