package dev.interviewcoach.core.internal.integrity;

/**
 * A set of 4-grams, each the tuple of its words' numbers, with a few bits of marks per 4-gram (which
 * kinds of shown text hold it), in an open-addressing table whose slots lie side by side: a look-up
 * reads one slot, however many kinds of text it answers for.
 */
final class Grams {
    /** Ints per slot: the marks (0 for an empty slot), then the four word numbers. */
    private static final int STRIDE = 1 + Reproduction.N;

    private final int[] table;
    private final int mask;
    private int size;

    /**
     * An empty set sized for some 4-grams.
     *
     * @param expected how many 4-grams will be added, at most
     */
    Grams(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        this.table = new int[capacity * STRIDE];
        this.mask = capacity - 1;
    }

    /** How many distinct 4-grams were added. */
    int size() {
        return size;
    }

    /**
     * Adds the 4-gram at {@code ids[from..from + 4)} with marks (not 0) joined to any it has.
     *
     * @return false when it was already there
     */
    boolean add(int[] ids, int from, int marks) {
        int at = find(ids, from);
        if (table[at] != 0) {
            table[at] |= marks;
            return false;
        }
        table[at] = marks;
        System.arraycopy(ids, from, table, at + 1, Reproduction.N);
        size++;
        return true;
    }

    /** The marks of the 4-gram at {@code ids[from..from + 4)}; 0 when it is not in the set. */
    int marks(int[] ids, int from) {
        return table[find(ids, from)];
    }

    /** Where the 4-gram's slot starts, or the empty slot where it would go. */
    private int find(int[] ids, int from) {
        int a = ids[from];
        int b = ids[from + 1];
        int c = ids[from + 2];
        int d = ids[from + 3];
        int h = ((a * 31 + b) * 31 + c) * 31 + d;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            int at = slot * STRIDE;
            if (table[at] == 0 || table[at + 1] == a && table[at + 2] == b && table[at + 3] == c && table[at + 4] == d) {
                return at;
            }
        }
    }
}
