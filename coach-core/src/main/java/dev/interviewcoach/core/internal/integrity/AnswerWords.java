package dev.interviewcoach.core.internal.integrity;

import java.util.Arrays;

/**
 * The words of an answer (those of {@link Reproduction#words}) as positions in a text, each with its
 * hash (that of the lowercased word as a string) and a number of its own: equal words, whatever their
 * case, get the same number, numbered from 1 in order of first appearance. No string is built per word.
 */
final class AnswerWords {
    /** ASCII characters: 0 for a separator, else the character lowercased. */
    private static final char[] ASCII = new char[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            ASCII[c] = c;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII[c] = c;
            ASCII[c - 'a' + 'A'] = c;
        }
    }

    private final char[] text;
    private final int count;
    private final int[] starts;
    private final int[] ends;
    private final int[] hashes;
    private final int[] numbers;
    private int distinct;

    private AnswerWords(char[] text, int count, int[] starts, int[] ends, int[] hashes) {
        this.text = text;
        this.count = count;
        this.starts = starts;
        this.ends = ends;
        this.hashes = hashes;
        this.numbers = new int[count];
        number();
    }

    /**
     * Reads an answer's words.
     *
     * @param answer the answer
     * @return its words
     */
    static AnswerWords of(String answer) {
        var words = ascii(answer.toCharArray());
        // plain ASCII needs no decomposition: its words are its runs of letters and digits, lowercased
        // as they are read; other text goes through the full definition, its words then separated by spaces
        return words != null ? words : spaced(String.join(" ", Reproduction.words(answer)).toCharArray());
    }

    /** The words of a plain ASCII text, or null when the text is not plain ASCII. */
    private static AnswerWords ascii(char[] text) {
        int capacity = Math.max(16, text.length / 5);
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int[] hashes = new int[capacity];
        int count = 0;
        int start = -1;
        int hash = 0;
        for (int i = 0; i < text.length; i++) {
            char ch = text[i];
            if (ch >= 0x80) {
                return null;
            }
            char lower = ASCII[ch];
            if (lower != 0) {
                if (start < 0) {
                    start = i;
                    hash = 0;
                }
                hash = 31 * hash + lower;
            } else if (start >= 0) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                    hashes = Arrays.copyOf(hashes, count * 2);
                }
                starts[count] = start;
                ends[count] = i;
                hashes[count] = hash;
                count++;
                start = -1;
            }
        }
        if (start >= 0) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count + 1);
                ends = Arrays.copyOf(ends, count + 1);
                hashes = Arrays.copyOf(hashes, count + 1);
            }
            starts[count] = start;
            ends[count] = text.length;
            hashes[count] = hash;
            count++;
        }
        return new AnswerWords(text, count, starts, ends, hashes);
    }

    /** The words of a text of lowercase words separated by single spaces. */
    private static AnswerWords spaced(char[] text) {
        int capacity = Math.max(16, text.length / 4);
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int[] hashes = new int[capacity];
        int count = 0;
        int start = -1;
        int hash = 0;
        for (int i = 0; i <= text.length; i++) {
            if (i < text.length && text[i] != ' ') {
                if (start < 0) {
                    start = i;
                    hash = 0;
                }
                hash = 31 * hash + text[i];
            } else if (start >= 0) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                    hashes = Arrays.copyOf(hashes, count * 2);
                }
                starts[count] = start;
                ends[count] = i;
                hashes[count] = hash;
                count++;
                start = -1;
            }
        }
        return new AnswerWords(text, count, starts, ends, hashes);
    }

    /** How many words. */
    int count() {
        return count;
    }

    /** The words' own numbers, one per word in order (equal words, equal numbers). */
    int[] numbers() {
        return numbers;
    }

    /** How many different words. */
    int distinct() {
        return distinct;
    }

    /** The hash of word {@code w}: {@link String#hashCode} of the lowercased word. */
    int hash(int w) {
        return hashes[w];
    }

    /** The number {@code shown} gives word {@code w}, 0 when it is not one of its words. */
    int numberIn(WordNumbers shown, int w) {
        return shown.number(text, starts[w], ends[w], hashes[w]);
    }

    /** Numbers the words: a small open-addressing table of first occurrences, in this answer only. */
    private void number() {
        int capacity = Integer.highestOneBit(Math.max(4, count) * 2 - 1) << 1;
        int mask = capacity - 1;
        int[] slots = new int[capacity]; // 1 + the word whose occurrence came first, 0 for an empty slot
        for (int w = 0; w < count; w++) {
            int length = ends[w] - starts[w];
            for (int slot = mix(hashes[w]) & mask; ; slot = (slot + 1) & mask) {
                int first = slots[slot] - 1;
                if (first < 0) {
                    slots[slot] = w + 1;
                    numbers[w] = ++distinct;
                    break;
                }
                if (hashes[first] == hashes[w] && ends[first] - starts[first] == length
                        && sameWord(text, starts[first], text, starts[w], length)) {
                    numbers[w] = numbers[first];
                    break;
                }
            }
        }
    }

    private static boolean sameWord(char[] a, int aFrom, char[] b, int bFrom, int length) {
        for (int j = 0; j < length; j++) {
            if (lower(a[aFrom + j]) != lower(b[bFrom + j])) {
                return false;
            }
        }
        return true;
    }

    static int mix(int hash) {
        int h = hash ^ (hash >>> 16);
        h *= 0x85ebca6b;
        return h ^ (h >>> 13);
    }

    /** ASCII letters lowered; the words of other text are lowercase already. */
    static char lower(char ch) {
        return ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch;
    }

    /** Whether a text is plain ASCII, which decomposition leaves as it is. */
    static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
