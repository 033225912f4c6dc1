package dev.interviewcoach.examples;

import dev.interviewcoach.examples.store.KeyValueMemoryStore;
import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.tck.MemoryStoreContract;
import java.util.NavigableMap;
import java.util.Optional;

/** The example store passes the memory store contract kit, with reopening on the same map. */
class KeyValueMemoryStoreContractTests extends MemoryStoreContract {
    private NavigableMap<String, String> map;

    @Override
    protected MemoryStore createStore() {
        var store = KeyValueMemoryStore.create();
        map = store.map();
        return store;
    }

    @Override
    protected Optional<MemoryStore> reopen() {
        return Optional.of(KeyValueMemoryStore.on(map));
    }
}
