package dev.interviewcoach.core.internal.integrity;

/** A set of 4-grams, each the tuple of its words' numbers, in an open-addressing table. */
final class Grams {
    private final int[] tuples;
    private final int[] slots;
    private final int mask;
    private int size;

    Grams(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        this.tuples = new int[Math.max(0, expected) * Reproduction.N];
        this.slots = new int[capacity];
        this.mask = capacity - 1;
    }

    int size() {
        return size;
    }

    /** Adds the 4-gram at {@code ids[from..from + 4)}; false when it was already there. */
    boolean add(int[] ids, int from) {
        int slot = find(ids, from);
        if (slots[slot] != 0) {
            return false;
        }
        System.arraycopy(ids, from, tuples, size * Reproduction.N, Reproduction.N);
        slots[slot] = ++size;
        return true;
    }

    boolean contains(int[] ids, int from) {
        return slots[find(ids, from)] != 0;
    }

    /** The slot holding the 4-gram, or the empty slot where it would go. */
    private int find(int[] ids, int from) {
        int h = ((ids[from] * 31 + ids[from + 1]) * 31 + ids[from + 2]) * 31 + ids[from + 3];
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            int at = slots[slot];
            if (at == 0) {
                return slot;
            }
            int t = (at - 1) * Reproduction.N;
            if (tuples[t] == ids[from] && tuples[t + 1] == ids[from + 1] && tuples[t + 2] == ids[from + 2]
                    && tuples[t + 3] == ids[from + 3]) {
                return slot;
            }
        }
    }
}
