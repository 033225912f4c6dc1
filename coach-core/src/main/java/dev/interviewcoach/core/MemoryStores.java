package dev.interviewcoach.core;

import dev.interviewcoach.core.internal.store.InMemoryMemoryStore;
import dev.interviewcoach.spi.MemoryStore;

/**
 * The built-in memory stores.
 *
 * @since 0.1
 */
public final class MemoryStores {
    private MemoryStores() {}

    /**
     * A thread-safe store in memory; everything is lost when the process ends.
     *
     * @return a new, empty store
     */
    public static MemoryStore inMemory() {
        return new InMemoryMemoryStore();
    }
}
