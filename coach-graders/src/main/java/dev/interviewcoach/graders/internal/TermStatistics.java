package dev.interviewcoach.graders.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;

/**
 * Document frequencies of content stems over a corpus of texts, analysed with the grader's own
 * analyzer, for inverse document frequency (IDF) weights. Immutable and thread-safe.
 *
 * <p>Without a corpus ({@link #none()}) every content word weighs the same, except words of ordinary
 * prose, which weigh half: a smoothed estimate that needs no data.
 */
public final class TermStatistics {
    /** Weight of a word of ordinary prose ("use", "need", "way") when no corpus is known. */
    static final double PROSE_WEIGHT = 0.5;

    private static final TermStatistics NONE = new TermStatistics(0, Map.of(), 0);

    private final int documents;
    private final Map<String, Integer> frequencies;
    private final double averageLength;

    private TermStatistics(int documents, Map<String, Integer> frequencies, double averageLength) {
        this.documents = documents;
        this.frequencies = frequencies;
        this.averageLength = averageLength;
    }

    /**
     * No corpus: uniform weights, prose words halved.
     *
     * @return the statistics of an empty corpus
     */
    public static TermStatistics none() {
        return NONE;
    }

    /**
     * Counts, for each content stem, the texts it occurs in.
     *
     * @param texts the corpus, e.g. answer texts without their scores, or the reference answers of a track
     * @return the statistics
     */
    public static TermStatistics of(Iterable<String> texts) {
        Objects.requireNonNull(texts, "texts");
        var df = new HashMap<String, Integer>();
        int n = 0;
        long contentTokens = 0;
        for (String text : texts) {
            Objects.requireNonNull(text, "text");
            AnalyzedText t = TextAnalyzer.analyze(text);
            var seen = new HashSet<String>();
            for (int p = 0; p < t.contentCount; p++) {
                String stem = t.stems[t.contentTokens[p]];
                if (seen.add(stem)) {
                    df.merge(stem, 1, Integer::sum);
                }
            }
            contentTokens += t.contentCount;
            n++;
        }
        return n == 0 ? NONE : new TermStatistics(n, Map.copyOf(df), (double) contentTokens / n);
    }

    /**
     * How many texts the corpus had.
     *
     * @return the number of documents, 0 for {@link #none()}
     */
    public int documentCount() {
        return documents;
    }

    /**
     * The mean number of content words per text, for length normalisation.
     *
     * @return the mean, 0 when there is no corpus
     */
    public double averageLength() {
        return averageLength;
    }

    /**
     * The weight of a content word: BM25's IDF, {@code ln(1 + (N - df + 0.5) / (df + 0.5))}, or the
     * smoothed default when there is no corpus.
     *
     * @param stem the word's stem
     * @param surface the word as written, lowercase
     * @return a positive weight
     */
    double idf(String stem, String surface) {
        if (documents == 0) {
            return WordLists.PROSE_WORDS.contains(surface) ? PROSE_WEIGHT : 1.0;
        }
        int df = frequencies.getOrDefault(stem, 0);
        return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
    }
}
