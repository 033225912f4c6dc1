package dev.interviewcoach.core.internal.memory;

/**
 * The FSRS memory state of one item.
 *
 * @param stability days until the recall probability falls to 90 %
 * @param difficulty how hard the item is for this learner, in [1, 10]
 */
public record MemoryState(double stability, double difficulty) {
    /** Validates the components. */
    public MemoryState {
        if (!(stability > 0) || !(difficulty >= 1 && difficulty <= 10)) {
            throw new IllegalArgumentException("invalid memory state: S=" + stability + ", D=" + difficulty);
        }
    }
}
