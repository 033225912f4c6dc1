package dev.interviewcoach.graders.internal;

import java.util.Arrays;

/** A growable list of analyzed tokens, in parallel arrays: the analyzer's working form. */
final class TokenList {
    String[] stems = new String[16];
    int[] starts = new int[16];
    int[] ends = new int[16];
    byte[] kinds = new byte[16];
    int[] sentences = new int[16];
    /** Tokens the answer did not write itself (an option letter's text, read in from the question). */
    boolean[] virtual = new boolean[16];
    int size;
    /** Tokens made of letters, and how many of those are function words: the keyword-soup signal. */
    int wordCount;
    int functionWordCount;
    /** Articles, pronouns, auxiliaries, prepositions and negators alone: the grammar of a sentence. */
    int grammarWordCount;
    /** Line breaks read so far, and the line of the last operator counted as a grammar word (-1: none). */
    int line;
    int operatorLine = -1;
    /** The sentence in which an SQL statement keyword in capitals was last read (-1: none). */
    int sqlSentence = -1;
    /** The sentences that name both of the question's alternatives ("a float or a double"), by index. */
    java.util.BitSet bothAlternatives = new java.util.BitSet();
    /** Lines that hold at least one token, and the line of the last token added (-1: none yet). */
    int wordLines;
    private int lastTokenLine = -1;

    void add(String stem, int start, int end, byte kind, int sentence, boolean isVirtual) {
        if (size == stems.length) {
            int capacity = size * 2;
            stems = Arrays.copyOf(stems, capacity);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            kinds = Arrays.copyOf(kinds, capacity);
            sentences = Arrays.copyOf(sentences, capacity);
            virtual = Arrays.copyOf(virtual, capacity);
        }
        stems[size] = stem;
        starts[size] = start;
        ends[size] = end;
        kinds[size] = kind;
        sentences[size] = sentence;
        virtual[size] = isVirtual;
        size++;
        if (line != lastTokenLine) {
            wordLines++;
            lastTokenLine = line;
        }
    }

    void move(int from, int to) {
        if (from == to) {
            return;
        }
        stems[to] = stems[from];
        starts[to] = starts[from];
        ends[to] = ends[from];
        kinds[to] = kinds[from];
        sentences[to] = sentences[from];
        virtual[to] = virtual[from];
    }

    /** Replaces tokens first..last by one content token {@code stem} at position {@code to}. */
    void merge(int first, int last, int to, String stem) {
        int end = ends[last];
        boolean allVirtual = true;
        for (int i = first; i <= last; i++) {
            allVirtual &= virtual[i];
        }
        move(first, to);
        stems[to] = stem;
        ends[to] = Math.max(end, ends[to]);
        kinds[to] = AnalyzedText.CONTENT;
        virtual[to] = allVirtual;
    }
}
