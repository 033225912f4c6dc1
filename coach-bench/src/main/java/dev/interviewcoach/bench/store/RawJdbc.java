package dev.interviewcoach.bench.store;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.core.LearnerCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The baseline: the same rows written and read with plain JDBC on one connection. */
final class RawJdbc {
    private static final LearnerCodec CODEC = LearnerCodec.standard();

    /** One append's rows, serialised before the clock starts. */
    record Rows(String learner, long version, String state, Attempt attempt, String attemptDocument) {}

    private final Connection connection;
    private final PreparedStatement update;
    private final PreparedStatement insert;
    private final PreparedStatement select;

    RawJdbc(Connection connection) throws SQLException {
        this.connection = connection;
        update = connection.prepareStatement("UPDATE coach_learner_state SET version = version + 1, state = ? "
                + "WHERE learner_id = ? AND track_id = ? AND version = ?");
        insert = connection.prepareStatement("INSERT INTO coach_attempt (learner_id, attempt_id, track_id, "
                + "challenge_id, at_second, at_nano, attempt) VALUES (?, ?, ?, ?, ?, ?, ?)");
        select = connection.prepareStatement(
                "SELECT version, state FROM coach_learner_state WHERE learner_id = ? AND track_id = ?");
    }

    List<Rows> prepare(List<LearnerState> states, Supplier<String> ids) {
        var rows = new ArrayList<Rows>();
        for (LearnerState s : states) {
            Attempt a = StoreDataset.attempt(s.learnerId(), ids.get());
            rows.add(new Rows(LearnerCodec.storedText(s.learnerId().value()), s.storeVersion(),
                    CODEC.writeState(s.withStoreVersion(s.storeVersion() + 1)), a, CODEC.writeAttempt(a)));
        }
        return rows;
    }

    void append(List<Rows> rows) throws SQLException {
        connection.setAutoCommit(false);
        try {
            for (Rows r : rows) {
                update.setString(1, r.state());
                update.setString(2, r.learner());
                update.setString(3, StoreDataset.TRACK);
                update.setLong(4, r.version());
                if (update.executeUpdate() != 1) {
                    throw new IllegalStateException("version moved under the benchmark");
                }
                insert.setString(1, r.learner());
                insert.setString(2, r.attempt().id());
                insert.setString(3, StoreDataset.TRACK);
                insert.setString(4, r.attempt().challengeId());
                insert.setLong(5, r.attempt().at().getEpochSecond());
                insert.setInt(6, r.attempt().at().getNano());
                insert.setString(7, r.attemptDocument());
                insert.executeUpdate();
                connection.commit();
            }
        } finally {
            connection.setAutoCommit(true);
        }
    }

    String load(String learner, String track) throws SQLException {
        select.setString(1, learner);
        select.setString(2, track);
        try (var rs = select.executeQuery()) {
            return rs.next() ? rs.getLong(1) + rs.getString(2) : null;
        }
    }
}
