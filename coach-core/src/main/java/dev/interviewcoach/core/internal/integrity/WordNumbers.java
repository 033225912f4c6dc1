package dev.interviewcoach.core.internal.integrity;

import java.util.Arrays;

/**
 * The words of what the coach shows for a challenge, numbered from 1, and the numbering of an
 * answer's words against them without a string per word: a word is hashed and compared where it
 * stands in the answer. An answer word the coach never shows gets a number above theirs, the same
 * for each of its occurrences. Words are those of {@link Reproduction#words}.
 */
final class WordNumbers {
    private String[] keys = new String[64];
    private int[] hashes = new int[64];
    private int[] numbers = new int[64];
    private int size;

    /** The number of a shown word, numbering it when it is new. */
    int add(String word) {
        int hash = word.hashCode();
        int slot = slot(keys, hashes, word, 0, word.length(), hash);
        if (keys[slot] != null) {
            return numbers[slot];
        }
        keys[slot] = word;
        hashes[slot] = hash;
        numbers[slot] = ++size;
        if (size * 2 > keys.length) {
            grow();
        }
        return size;
    }

    /** How many words the coach shows. */
    int size() {
        return size;
    }

    /**
     * The numbers of an answer's words, in order.
     *
     * @param answer the answer
     * @return one number per word
     */
    int[] number(String answer) {
        boolean ascii = ascii(answer);
        // plain ASCII needs no decomposition: its words are its runs of letters and digits, lowercased
        // here; other text goes through the full definition, its words then separated by spaces
        String text = ascii ? answer : String.join(" ", Reproduction.words(answer));
        int[] starts = new int[16];
        int[] ends = new int[16];
        int[] wordHashes = new int[16];
        int count = 0;
        int start = -1;
        int hash = 0;
        for (int i = 0; i <= text.length(); i++) {
            char ch = i < text.length() ? text.charAt(i) : ' ';
            boolean inWord = ascii ? isAsciiLetterOrDigit(ch) : ch != ' ';
            if (inWord) {
                if (start < 0) {
                    start = i;
                    hash = 0;
                }
                hash = 31 * hash + lower(ch);
            } else if (start >= 0) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                    wordHashes = Arrays.copyOf(wordHashes, count * 2);
                }
                starts[count] = start;
                ends[count] = i;
                wordHashes[count] = hash;
                count++;
                start = -1;
            }
        }
        int[] out = new int[count];
        Others others = null;
        for (int w = 0; w < count; w++) {
            int slot = slot(keys, hashes, text, starts[w], ends[w], wordHashes[w]);
            if (keys[slot] != null) {
                out[w] = numbers[slot];
                continue;
            }
            if (others == null) {
                others = new Others(text, starts, ends, wordHashes, count, size);
            }
            out[w] = others.number(w);
        }
        return out;
    }

    /** The answer's words the coach never shows, numbered in order of appearance above the shown ones. */
    private static final class Others {
        private final String text;
        private final int[] starts;
        private final int[] ends;
        private final int[] hashes;
        private final int[] slots;
        private final int[] numbers;
        private final int mask;
        private int next;

        Others(String text, int[] starts, int[] ends, int[] hashes, int count, int shown) {
            this.text = text;
            this.starts = starts;
            this.ends = ends;
            this.hashes = hashes;
            int capacity = Integer.highestOneBit(Math.max(4, count) * 2 - 1) << 1;
            this.slots = new int[capacity];
            this.numbers = new int[capacity];
            this.mask = capacity - 1;
            this.next = shown;
        }

        /** The number of word {@code w}: that of an earlier occurrence, or a new one. */
        int number(int w) {
            int length = ends[w] - starts[w];
            for (int slot = mix(hashes[w]) & mask; ; slot = (slot + 1) & mask) {
                int at = slots[slot];
                if (at == 0) {
                    slots[slot] = w + 1;
                    numbers[slot] = ++next;
                    return next;
                }
                int other = at - 1;
                if (hashes[other] == hashes[w] && ends[other] - starts[other] == length
                        && sameWord(text, starts[other], text, starts[w], length)) {
                    return numbers[slot];
                }
            }
        }
    }

    /** The slot holding the word at {@code text[start, end)} (lowercased), or the empty slot where it would go. */
    private static int slot(String[] keys, int[] hashes, String text, int start, int end, int hash) {
        int mask = keys.length - 1;
        int length = end - start;
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (key == null || hashes[slot] == hash && key.length() == length && sameWord(key, 0, text, start, length)) {
                return slot;
            }
        }
    }

    private void grow() {
        var oldKeys = keys;
        var oldHashes = hashes;
        var oldNumbers = numbers;
        keys = new String[oldKeys.length * 2];
        hashes = new int[keys.length];
        numbers = new int[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = slot(keys, hashes, oldKeys[i], 0, oldKeys[i].length(), oldHashes[i]);
                keys[slot] = oldKeys[i];
                hashes[slot] = oldHashes[i];
                numbers[slot] = oldNumbers[i];
            }
        }
    }

    private static boolean sameWord(String a, int aFrom, String b, int bFrom, int length) {
        for (int j = 0; j < length; j++) {
            if (lower(a.charAt(aFrom + j)) != lower(b.charAt(bFrom + j))) {
                return false;
            }
        }
        return true;
    }

    private static int mix(int hash) {
        int h = hash ^ (hash >>> 16);
        h *= 0x85ebca6b;
        return h ^ (h >>> 13);
    }

    /** ASCII letters lowered; the words of other text are lowercase already. */
    private static char lower(char ch) {
        return ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch;
    }

    private static boolean isAsciiLetterOrDigit(char ch) {
        return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9';
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
