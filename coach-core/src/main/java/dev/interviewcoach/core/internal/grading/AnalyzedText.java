package dev.interviewcoach.core.internal.grading;

import java.util.HashMap;
import java.util.Map;

/**
 * A text cut into tokens by the analyzer: each token's stem, its character range in the original
 * text and whether it is a content word, a function word or a negator. Content tokens also get a
 * position among content tokens, which is what phrase windows are measured in.
 */
final class AnalyzedText {
    static final byte CONTENT = 0;
    static final byte FUNCTION = 1;
    static final byte NEGATOR = 2;

    final String text;
    final int size;
    final String[] stems;
    final int[] starts;
    final int[] ends;
    final byte[] kinds;
    /** For each content position, the token index. */
    final int[] contentTokens;
    /** For each content position, the sentence it stands in: evidence never spans two sentences. */
    final int[] contentSentence;
    final int contentCount;
    /** For each content stem, its content positions in increasing order. */
    final Map<String, int[]> positions;
    /** Tokens made of letters, and how many of those are function words: the keyword-soup signal. */
    final int wordCount;
    final int functionWordCount;

    AnalyzedText(String text, int size, String[] stems, int[] starts, int[] ends, byte[] kinds, int[] sentences,
            int wordCount, int functionWordCount) {
        this.text = text;
        this.size = size;
        this.stems = stems;
        this.starts = starts;
        this.ends = ends;
        this.kinds = kinds;
        this.wordCount = wordCount;
        this.functionWordCount = functionWordCount;
        int content = 0;
        for (int i = 0; i < size; i++) {
            if (kinds[i] == CONTENT) {
                content++;
            }
        }
        this.contentCount = content;
        this.contentTokens = new int[content];
        this.contentSentence = new int[content];
        var counts = new HashMap<String, int[]>();
        int c = 0;
        for (int i = 0; i < size; i++) {
            if (kinds[i] == CONTENT) {
                contentTokens[c] = i;
                contentSentence[c] = sentences[i];
                counts.computeIfAbsent(stems[i], k -> new int[1])[0]++;
                c++;
            }
        }
        var pos = new HashMap<String, int[]>(counts.size() * 2);
        var fill = new HashMap<String, int[]>(counts.size() * 2);
        counts.forEach((k, v) -> {
            pos.put(k, new int[v[0]]);
            fill.put(k, new int[1]);
        });
        for (int p = 0; p < content; p++) {
            String stem = stems[contentTokens[p]];
            pos.get(stem)[fill.get(stem)[0]++] = p;
        }
        this.positions = pos;
    }

    /** Share of words that are function words; prose is around 0.4–0.5, keyword lists near 0. */
    double functionWordRatio() {
        return wordCount == 0 ? 0 : (double) functionWordCount / wordCount;
    }
}
