package dev.interviewcoach.core.internal.integrity;

import java.util.Arrays;

/**
 * The words of what the coach shows for a challenge, numbered from 1, found by hash and compared
 * where an answer's word stands (see {@link AnswerWords}), in one open-addressing table whose slots
 * lie side by side with the words' characters in one array.
 */
final class WordNumbers {
    /** Ints per slot: the hash, the number (0 for an empty slot), where the word starts in the characters, its length. */
    private static final int STRIDE = 4;

    private int[] table = new int[64 * STRIDE];
    private char[] chars = new char[512];
    private int used;
    private int size;

    /** The number of a shown word (lowercase, as {@link Reproduction#words} gives it), numbering it when new. */
    int add(String word) {
        int hash = word.hashCode();
        int at = find(word, 0, word.length(), hash);
        if (table[at + 1] != 0) {
            return table[at + 1];
        }
        if (used + word.length() > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + word.length()));
        }
        word.getChars(0, word.length(), chars, used);
        table[at] = hash;
        table[at + 1] = ++size;
        table[at + 2] = used;
        table[at + 3] = word.length();
        used += word.length();
        if (size * 2 > table.length / STRIDE) {
            grow();
        }
        return size;
    }

    /** How many words the coach shows. */
    int size() {
        return size;
    }

    /** The number of the word at {@code text[start, end)} (lowercased) with the given hash; 0 when not shown. */
    int number(char[] text, int start, int end, int hash) {
        int mask = table.length / STRIDE - 1;
        int length = end - start;
        for (int slot = AnswerWords.mix(hash) & mask; ; slot = (slot + 1) & mask) {
            int at = slot * STRIDE;
            if (table[at + 1] == 0) {
                return 0;
            }
            if (table[at] == hash && table[at + 3] == length && sameWord(table[at + 2], text, start, length)) {
                return table[at + 1];
            }
        }
    }

    /** Where the slot of the word at {@code text[start, end)} (lowercased) starts, or the empty slot where it would go. */
    private int find(String text, int start, int end, int hash) {
        int mask = table.length / STRIDE - 1;
        int length = end - start;
        for (int slot = AnswerWords.mix(hash) & mask; ; slot = (slot + 1) & mask) {
            int at = slot * STRIDE;
            if (table[at + 1] == 0 || table[at] == hash && table[at + 3] == length && sameWord(table[at + 2], text,
                    start, length)) {
                return at;
            }
        }
    }

    private boolean sameWord(int from, String text, int start, int length) {
        for (int j = 0; j < length; j++) {
            if (chars[from + j] != AnswerWords.lower(text.charAt(start + j))) {
                return false;
            }
        }
        return true;
    }

    private boolean sameWord(int from, char[] text, int start, int length) {
        for (int j = 0; j < length; j++) {
            if (chars[from + j] != AnswerWords.lower(text[start + j])) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        var old = table;
        table = new int[old.length * 2];
        int mask = table.length / STRIDE - 1;
        for (int at = 0; at < old.length; at += STRIDE) {
            if (old[at + 1] != 0) {
                int slot = AnswerWords.mix(old[at]) & mask;
                while (table[slot * STRIDE + 1] != 0) {
                    slot = (slot + 1) & mask;
                }
                System.arraycopy(old, at, table, slot * STRIDE, STRIDE);
            }
        }
    }
}
