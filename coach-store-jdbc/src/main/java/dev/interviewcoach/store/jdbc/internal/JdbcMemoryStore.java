package dev.interviewcoach.store.jdbc.internal;

import static dev.interviewcoach.core.LearnerCodec.storedText;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.LearnerExport;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.StateKey;
import dev.interviewcoach.api.VersionConflictException;
import dev.interviewcoach.core.LearnerCodec;
import dev.interviewcoach.spi.AttemptPage;
import dev.interviewcoach.spi.AttemptQuery;
import dev.interviewcoach.spi.ChallengeAttemptQuery;
import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.spi.StoreCommit;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link MemoryStore} on SQL: one row per learner, one versioned row per learner and track holding
 * the state document, one append-only row per attempt holding the attempt document ({@link
 * LearnerCodec}). A commit is one transaction whose conditional update ({@code WHERE version = ?})
 * is the optimistic lock.
 */
public final class JdbcMemoryStore implements MemoryStore {
    private static final LearnerCodec CODEC = LearnerCodec.standard();
    private static final String INSERT_LEARNER =
            "INSERT INTO coach_learner (learner_id) VALUES (?) ON CONFLICT (learner_id) DO NOTHING";
    private static final String INSERT_STATE = "INSERT INTO coach_learner_state (learner_id, track_id, version, state) "
            + "VALUES (?, ?, 1, ?) ON CONFLICT (learner_id, track_id) DO NOTHING";
    private static final String UPDATE_STATE = "UPDATE coach_learner_state SET version = version + 1, state = ? "
            + "WHERE learner_id = ? AND track_id = ? AND version = ?";
    private static final String SELECT_STATE =
            "SELECT version, state FROM coach_learner_state WHERE learner_id = ? AND track_id = ?";
    private static final String INSERT_ATTEMPT = "INSERT INTO coach_attempt (learner_id, attempt_id, track_id, "
            + "challenge_id, at_second, at_nano, attempt) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final Database database;

    /**
     * A store on a database, whose schema is brought up to date first.
     *
     * @param database the database; closed with the store
     */
    public JdbcMemoryStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
        try {
            database.read("bring its schema up to date",
                    s -> Migrations.migrate(s.connection(), database.dialect(), Migrations.CURRENT));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    @Override
    public Optional<LearnerState> load(StateKey key) {
        Objects.requireNonNull(key, "key");
        StoredState row = database.read("load a learner state", s -> {
            PreparedStatement select = s.prepare(SELECT_STATE);
            select.setString(1, storedText(key.learnerId().value()));
            select.setString(2, storedText(key.trackId()));
            try (var rs = select.executeQuery()) {
                return rs.next() ? new StoredState(rs.getLong(1), rs.getBytes(2)) : null;
            }
        });
        return Optional.ofNullable(row).map(StoredState::decode);
    }

    @Override
    public LearnerState commit(StoreCommit commit) {
        Objects.requireNonNull(commit, "commit");
        LearnerState state = commit.state();
        long expected = state.storeVersion();
        LearnerState saved = state.withStoreVersion(expected + 1);
        String learner = storedText(state.learnerId().value());
        String track = storedText(state.trackId());
        String document = CODEC.writeState(saved);
        List<String> attempts = commit.attempts().stream().map(CODEC::writeAttempt).toList();
        try {
            return write(commit, expected, saved, learner, track, document, attempts);
        } catch (UncertainCommitException e) {
            return CommitReadBack.confirmed(this, saved, commit, e);
        }
    }

    private LearnerState write(StoreCommit commit, long expected, LearnerState saved, String learner, String track,
            String document, List<String> attempts) {
        LearnerState state = commit.state();
        return database.write("commit a learner state", s -> {
            int changed;
            if (expected == 0) {
                PreparedStatement insertLearner = s.prepare(INSERT_LEARNER);
                insertLearner.setString(1, learner);
                insertLearner.executeUpdate();
                PreparedStatement insert = s.prepare(INSERT_STATE);
                insert.setString(1, learner);
                insert.setString(2, track);
                insert.setString(3, document);
                changed = insert.executeUpdate();
            } else {
                PreparedStatement update = s.prepare(UPDATE_STATE);
                update.setString(1, document);
                update.setString(2, learner);
                update.setString(3, track);
                update.setLong(4, expected);
                changed = update.executeUpdate();
            }
            if (changed != 1) {
                throw new VersionConflictException(state.learnerId(), expected, storedVersion(s, learner, track));
            }
            if (!attempts.isEmpty()) {
                appendAttempts(s, learner, commit.attempts(), attempts);
            }
            return saved;
        });
    }

    /**
     * Imports a learner in one transaction: every state at version 1 and every attempt, or, when the
     * store holds anything of the learner (also one written by a concurrent session meanwhile), nothing.
     */
    @Override
    public void importLearner(LearnerExport export) {
        Objects.requireNonNull(export, "export");
        if (export.states().isEmpty()) {
            MemoryStore.super.importLearner(export);
            return;
        }
        LearnerId id = export.learnerId();
        String learner = storedText(id.value());
        List<LearnerState> states = export.states().stream().map(st -> st.withStoreVersion(1)).toList();
        List<String> documents = states.stream().map(CODEC::writeState).toList();
        List<String> attempts = export.attempts().stream().map(CODEC::writeAttempt).toList();
        database.write("import a learner", s -> {
            PreparedStatement heldState = s.prepare(
                    "SELECT track_id FROM coach_learner_state WHERE learner_id = ? ORDER BY track_id");
            heldState.setString(1, learner);
            try (var rs = heldState.executeQuery()) {
                if (rs.next()) {
                    throw VersionConflictException.alreadyHeld(id, "a state on track " + rs.getString(1));
                }
            }
            PreparedStatement held = s.prepare("SELECT COUNT(*) FROM coach_attempt WHERE learner_id = ?");
            held.setString(1, learner);
            try (var rs = held.executeQuery()) {
                if (rs.next() && rs.getLong(1) > 0) {
                    throw VersionConflictException.alreadyHeld(id, rs.getLong(1) + " attempt(s)");
                }
            }
            PreparedStatement insertLearner = s.prepare(INSERT_LEARNER);
            insertLearner.setString(1, learner);
            insertLearner.executeUpdate();
            PreparedStatement insert = s.prepare(INSERT_STATE);
            for (int i = 0; i < states.size(); i++) {
                insert.setString(1, learner);
                insert.setString(2, storedText(states.get(i).trackId()));
                insert.setString(3, documents.get(i));
                if (insert.executeUpdate() != 1) {
                    // the transaction rolls back: nothing of the import stays
                    throw VersionConflictException.alreadyHeld(id, "a state on track " + states.get(i).trackId());
                }
            }
            if (!attempts.isEmpty()) {
                appendAttempts(s, learner, export.attempts(), attempts);
            }
            return null;
        });
    }

    private static void appendAttempts(Session s, String learner, List<Attempt> attempts, List<String> documents)
            throws SQLException {
        PreparedStatement insert = s.prepare(INSERT_ATTEMPT);
        for (int i = 0; i < attempts.size(); i++) {
            Attempt attempt = attempts.get(i);
            insert.setString(1, learner);
            insert.setString(2, storedText(attempt.id()));
            insert.setString(3, storedText(attempt.trackId()));
            insert.setString(4, storedText(attempt.challengeId()));
            insert.setLong(5, attempt.at().getEpochSecond());
            insert.setInt(6, attempt.at().getNano());
            insert.setString(7, documents.get(i));
            if (attempts.size() == 1) {
                // one answer, as a submit stores it: no batch, whose driver error would quote every bound value
                insert.executeUpdate();
                return;
            }
            insert.addBatch();
        }
        insert.executeBatch();
    }

    private static long storedVersion(Session s, String learner, String track) throws SQLException {
        PreparedStatement select = s.prepare(SELECT_STATE);
        select.setString(1, learner);
        select.setString(2, track);
        try (var rs = select.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    @Override
    public List<Attempt> attempts(AttemptQuery query) {
        Objects.requireNonNull(query, "query");
        String filter = query.trackId().isPresent() ? " AND track_id = ?" : "";
        String sql = query.limit() == Integer.MAX_VALUE
                ? "SELECT attempt FROM coach_attempt WHERE learner_id = ?" + filter + " ORDER BY seq"
                : "SELECT attempt FROM (SELECT seq, attempt FROM coach_attempt WHERE learner_id = ?" + filter
                        + " ORDER BY seq DESC LIMIT ?) recent ORDER BY seq";
        List<byte[]> documents = database.read("list attempts", s -> {
            PreparedStatement select = s.prepare(sql);
            int p = 1;
            select.setString(p++, storedText(query.learnerId().value()));
            if (query.trackId().isPresent()) {
                select.setString(p++, storedText(query.trackId().get()));
            }
            if (query.limit() != Integer.MAX_VALUE) {
                select.setInt(p, query.limit());
            }
            return documents(select);
        });
        return decodeAttempts(documents);
    }

    @Override
    public List<Attempt> attempts(AttemptPage page) {
        Objects.requireNonNull(page, "page");
        String filter = page.trackId().isPresent() ? " AND track_id = ?" : "";
        String sql = "SELECT attempt FROM coach_attempt WHERE learner_id = ?" + filter + " ORDER BY seq LIMIT ? OFFSET ?";
        List<byte[]> documents = database.read("page through attempts", s -> {
            PreparedStatement select = s.prepare(sql);
            int p = 1;
            select.setString(p++, storedText(page.learnerId().value()));
            if (page.trackId().isPresent()) {
                select.setString(p++, storedText(page.trackId().get()));
            }
            select.setInt(p++, page.limit());
            select.setLong(p, page.offset());
            return documents(select);
        });
        return decodeAttempts(documents);
    }

    @Override
    public List<Attempt> attempts(ChallengeAttemptQuery query) {
        Objects.requireNonNull(query, "query");
        String sql = challengeQuery(query.limit() != Integer.MAX_VALUE);
        List<byte[]> documents = database.read("list attempts at a challenge", s -> {
            PreparedStatement select = s.prepare(sql);
            int p = 1;
            select.setString(p++, storedText(query.learnerId().value()));
            select.setString(p++, storedText(query.challengeId()));
            select.setString(p++, storedText(query.trackId()));
            if (query.limit() != Integer.MAX_VALUE) {
                select.setInt(p, query.limit());
            }
            return documents(select);
        });
        return decodeAttempts(documents);
    }

    /**
     * The statement listing a learner's attempts at a challenge on a track, answered from the index
     * {@code coach_attempt_by_learner_challenge} in its order; parameters: learner, challenge, track,
     * then the limit when asked for.
     *
     * @param limited whether it asks for the most recent few
     * @return the SQL
     */
    public static String challengeQuery(boolean limited) {
        String where = " WHERE learner_id = ? AND challenge_id = ? AND track_id = ?";
        return limited
                ? "SELECT attempt FROM (SELECT seq, attempt FROM coach_attempt" + where
                        + " ORDER BY seq DESC LIMIT ?) recent ORDER BY seq"
                : "SELECT attempt FROM coach_attempt" + where + " ORDER BY seq";
    }

    @Override
    public LearnerExport export(LearnerId learnerId) {
        Objects.requireNonNull(learnerId, "learnerId");
        String learner = storedText(learnerId.value());
        record Rows(List<StoredState> states, List<byte[]> attempts) {}
        Rows rows = database.snapshot("export a learner", s -> {
            PreparedStatement states = s.prepare(
                    "SELECT version, state FROM coach_learner_state WHERE learner_id = ? ORDER BY track_id");
            states.setString(1, learner);
            var found = new ArrayList<StoredState>();
            try (var rs = states.executeQuery()) {
                while (rs.next()) {
                    found.add(new StoredState(rs.getLong(1), rs.getBytes(2)));
                }
            }
            PreparedStatement attempts = s.prepare("SELECT attempt FROM coach_attempt WHERE learner_id = ? ORDER BY seq");
            attempts.setString(1, learner);
            return new Rows(found, documents(attempts));
        });
        return new LearnerExport(learnerId, rows.states().stream().map(StoredState::decode).toList(),
                decodeAttempts(rows.attempts()));
    }

    @Override
    public boolean delete(LearnerId learnerId) {
        Objects.requireNonNull(learnerId, "learnerId");
        String learner = storedText(learnerId.value());
        boolean deleted = database.write("delete a learner", s -> {
            // states and attempts go with the learner row (ON DELETE CASCADE)
            PreparedStatement delete = s.prepare("DELETE FROM coach_learner WHERE learner_id = ?");
            delete.setString(1, learner);
            return delete.executeUpdate() > 0;
        });
        if (deleted && database.dialect() == Dialect.SQLITE) {
            // secure_delete zeroes the freed pages of the file, but the write-ahead log still holds the
            // pages as they were until a checkpoint: copy it into the file and empty it now, so the
            // deleted learner's answers are not left readable in coach.db-wal (a reader in another
            // process may keep part of it until it finishes; the next checkpoint takes that)
            database.read("empty the write-ahead log after a delete", s -> {
                try (var statement = s.connection().createStatement()) {
                    statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
                return null;
            });
        }
        return deleted;
    }

    @Override
    public void close() {
        database.close();
    }

    /**
     * The documents a query selects, as the UTF-8 bytes the database holds: the codec reads them
     * without a string in between.
     */
    private static List<byte[]> documents(PreparedStatement select) throws SQLException {
        var found = new ArrayList<byte[]>();
        try (var rs = select.executeQuery()) {
            while (rs.next()) {
                found.add(rs.getBytes(1));
            }
        }
        return found;
    }

    private static List<Attempt> decodeAttempts(List<byte[]> documents) {
        var attempts = new ArrayList<Attempt>(documents.size());
        for (byte[] document : documents) {
            attempts.add(CODEC.readAttempt(document));
        }
        return List.copyOf(attempts);
    }

    /** A state row as stored: the row's version wins over the one inside the document. */
    private record StoredState(long version, byte[] document) {
        LearnerState decode() {
            LearnerState state = CODEC.readState(document);
            // a commit writes the version it saves into the document, so a copy is rarely needed
            return state.storeVersion() == version ? state : state.withStoreVersion(version);
        }
    }
}
