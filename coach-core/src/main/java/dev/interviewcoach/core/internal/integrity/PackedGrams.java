package dev.interviewcoach.core.internal.integrity;

/**
 * A set of an answer's 4-grams when its words have numbers below 65,536: each 4-gram packed into one
 * {@code long}, 16 bits per word number (numbers start at 1, so no 4-gram packs to 0, the empty slot).
 */
final class PackedGrams {
    /** The largest word number that packs. */
    static final int MAX_NUMBER = 0xFFFF;

    private final long[] table;
    private final int mask;
    private int size;

    /**
     * An empty set sized for some 4-grams.
     *
     * @param expected how many 4-grams will be added, at most
     */
    PackedGrams(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        this.table = new long[capacity];
        this.mask = capacity - 1;
    }

    /** The 4-gram of word numbers {@code numbers[from..from + 4)}, each at most {@link #MAX_NUMBER}. */
    static long pack(int[] numbers, int from) {
        return (long) numbers[from] << 48 | (long) numbers[from + 1] << 32 | (long) numbers[from + 2] << 16
                | numbers[from + 3];
    }

    /** How many distinct 4-grams were added. */
    int size() {
        return size;
    }

    /** Adds a packed 4-gram; false when it was already there. */
    boolean add(long gram) {
        long h = gram * 0x9E3779B97F4A7C15L;
        for (int slot = (int) (h >>> 40) & mask; ; slot = (slot + 1) & mask) {
            long at = table[slot];
            if (at == 0) {
                table[slot] = gram;
                size++;
                return true;
            }
            if (at == gram) {
                return false;
            }
        }
    }
}
