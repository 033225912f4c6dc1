package dev.interviewcoach.tck;

import dev.interviewcoach.spi.MemoryStore;
import java.util.Optional;

/** The kit's own reference store passes the kit, reopen and second handles included. */
class ReferenceStoreTests extends MemoryStoreContract {
    private ReferenceStore.Storage storage;

    @Override
    protected MemoryStore createStore() {
        storage = new ReferenceStore.Storage();
        return new ReferenceStore(storage, ReferenceStore.Flaws.NONE);
    }

    @Override
    protected Optional<MemoryStore> reopen() {
        return Optional.of(new ReferenceStore(storage, ReferenceStore.Flaws.NONE));
    }
}
