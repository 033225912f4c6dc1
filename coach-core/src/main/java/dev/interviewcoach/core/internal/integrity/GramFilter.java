package dev.interviewcoach.core.internal.integrity;

/**
 * A blocked Bloom filter over the hashes of the 4-grams the coach shows for a challenge: a 4-gram
 * whose hash it has not seen is certainly not shown, so only the few that pass are looked up word by
 * word. Both bits of a hash sit in one 64-bit word (one memory access). It never answers "no" for a
 * 4-gram that was added.
 */
final class GramFilter {
    private final long[] words;
    private final int mask;

    /**
     * A filter sized for some 4-grams, 16 to 32 bits each.
     *
     * @param expected how many 4-grams will be added
     */
    GramFilter(int expected) {
        int size = Integer.highestOneBit(Math.max(1, expected / 4) * 2 - 1);
        this.words = new long[size];
        this.mask = size - 1;
    }

    /** The hash of the 4-gram of words {@code from..from + 3}, from the words' own hashes. */
    static int hash(int w0, int w1, int w2, int w3) {
        int h = ((w0 * 31 + w1) * 31 + w2) * 31 + w3;
        h ^= h >>> 15;
        h *= 0x2c1b3c6d;
        h ^= h >>> 12;
        h *= 0x297a2d39;
        return h ^ (h >>> 15);
    }

    void add(int hash) {
        words[(hash >>> 12) & mask] |= 1L << hash | 1L << (hash >>> 6);
    }

    /** False when the 4-gram with this hash was certainly never added. */
    boolean mightContain(int hash) {
        long bits = 1L << hash | 1L << (hash >>> 6);
        return (words[(hash >>> 12) & mask] & bits) == bits;
    }
}
