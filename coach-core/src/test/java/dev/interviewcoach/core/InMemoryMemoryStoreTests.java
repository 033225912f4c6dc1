package dev.interviewcoach.core;

import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.tck.MemoryStoreContract;

/** The in-memory store meets the memory store contract. */
class InMemoryMemoryStoreTests extends MemoryStoreContract {
    @Override
    protected MemoryStore createStore() {
        return MemoryStores.inMemory();
    }
}
