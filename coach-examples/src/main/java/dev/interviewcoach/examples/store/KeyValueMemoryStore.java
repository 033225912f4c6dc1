package dev.interviewcoach.examples.store;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.LearnerExport;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.StateKey;
import dev.interviewcoach.api.StoreException;
import dev.interviewcoach.api.VersionConflictException;
import dev.interviewcoach.core.LearnerCodec;
import dev.interviewcoach.spi.AttemptQuery;
import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.spi.StoreCommit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A {@link MemoryStore} over a sorted key-value map of strings, the shape of many key-value
 * databases: each state and each attempt is one {@link LearnerCodec} document under its own key.
 *
 * <p>Keys spell the learner with its length first ({@code s:5:grace:backend}), so no learner id can
 * run into another's keys, and attempts sort by a zero-padded sequence number, so a range scan reads
 * them oldest first. A commit checks the stored version before it writes anything, under one lock:
 * a database would do the same in one transaction. Handles made with {@link #on(NavigableMap)} on the
 * same map see each other's writes, as two connections to one database would.
 *
 * @since 0.1
 */
public final class KeyValueMemoryStore implements MemoryStore {
    private final NavigableMap<String, String> kv;
    private volatile boolean closed;

    private KeyValueMemoryStore(NavigableMap<String, String> kv) {
        this.kv = kv;
    }

    /**
     * A store on a new, empty map.
     *
     * @return the store
     */
    public static KeyValueMemoryStore create() {
        return new KeyValueMemoryStore(new ConcurrentSkipListMap<>());
    }

    /**
     * A store on an existing map, e.g. the one behind another handle.
     *
     * @param kv the map; it must be safe for concurrent use
     * @return the store
     */
    public static KeyValueMemoryStore on(NavigableMap<String, String> kv) {
        return new KeyValueMemoryStore(Objects.requireNonNull(kv, "kv"));
    }

    /**
     * The map this store writes to.
     *
     * @return the map
     */
    public NavigableMap<String, String> map() {
        return kv;
    }

    @Override
    public Optional<LearnerState> load(StateKey key) {
        checkOpen();
        return Optional.ofNullable(kv.get(stateKey(key))).map(LearnerCodec.standard()::readState);
    }

    @Override
    public LearnerState commit(StoreCommit commit) {
        checkOpen();
        var key = StateKey.of(commit.state());
        var codec = LearnerCodec.standard();
        synchronized (kv) {
            long stored = Optional.ofNullable(kv.get(stateKey(key))).map(d -> codec.readState(d).storeVersion()).orElse(0L);
            if (stored != commit.state().storeVersion()) {
                throw new VersionConflictException(key.learnerId(), commit.state().storeVersion(), stored);
            }
            var saved = commit.state().withStoreVersion(stored + 1);
            String learner = learner(key.learnerId());
            long seq = Long.parseLong(kv.getOrDefault("n:" + learner, "0"));
            for (Attempt attempt : commit.attempts()) {
                kv.put(String.format("a:%s%019d", learner, ++seq), codec.writeAttempt(attempt));
            }
            kv.put("n:" + learner, Long.toString(seq));
            kv.put(stateKey(key), codec.writeState(saved));
            return saved;
        }
    }

    @Override
    public List<Attempt> attempts(AttemptQuery query) {
        checkOpen();
        var all = new ArrayList<Attempt>();
        for (String doc : range("a:" + learner(query.learnerId())).values()) {
            Attempt attempt = LearnerCodec.standard().readAttempt(doc);
            if (query.trackId().map(attempt.trackId()::equals).orElse(true)) {
                all.add(attempt);
            }
        }
        return List.copyOf(all.subList(Math.max(0, all.size() - query.limit()), all.size()));
    }

    @Override
    public LearnerExport export(LearnerId learnerId) {
        checkOpen();
        synchronized (kv) {
            var states = range("s:" + learner(learnerId)).values().stream().map(LearnerCodec.standard()::readState).toList();
            return new LearnerExport(learnerId, states, attempts(AttemptQuery.all(learnerId)));
        }
    }

    @Override
    public boolean delete(LearnerId learnerId) {
        checkOpen();
        String learner = learner(learnerId);
        synchronized (kv) {
            boolean any = false;
            for (String prefix : List.of("s:", "a:", "n:")) {
                var keys = range(prefix + learner);
                any |= !keys.isEmpty();
                keys.clear();
            }
            kv.remove("n:" + learner);
            return any;
        }
    }

    @Override
    public void close() {
        closed = true;
    }

    private void checkOpen() {
        if (closed) {
            throw new StoreException("the key-value store is closed");
        }
    }

    /** Every key that starts with the prefix: a view, so clearing it removes them. */
    private Map<String, String> range(String prefix) {
        return kv.subMap(prefix, true, prefix + Character.MAX_VALUE, false);
    }

    private static String learner(LearnerId id) {
        return id.value().length() + ":" + id.value() + ":";
    }

    private static String stateKey(StateKey key) {
        return "s:" + learner(key.learnerId()) + key.trackId();
    }
}
