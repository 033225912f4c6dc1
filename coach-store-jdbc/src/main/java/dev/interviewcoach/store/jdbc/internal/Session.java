package dev.interviewcoach.store.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The statements of one unit of work on one connection. Statements come from the connection's cache
 * when the database keeps one, and are closed at the end of the work otherwise; callers never close
 * them.
 */
public final class Session implements AutoCloseable {
    private final Connection connection;
    private final Map<String, PreparedStatement> cache;
    private final List<PreparedStatement> opened = new ArrayList<>();

    Session(Connection connection, Map<String, PreparedStatement> cache) {
        this.connection = connection;
        this.cache = cache;
    }

    /**
     * A prepared statement for the SQL; parameters are always bound, never concatenated.
     *
     * @param sql the statement
     * @return the statement, with its parameters cleared
     * @throws SQLException when the database cannot prepare it
     */
    public PreparedStatement prepare(String sql) throws SQLException {
        if (cache != null) {
            PreparedStatement cached = cache.get(sql);
            if (cached == null) {
                cached = connection.prepareStatement(sql);
                cache.put(sql, cached);
            } else {
                cached.clearParameters();
            }
            return cached;
        }
        PreparedStatement statement = connection.prepareStatement(sql);
        opened.add(statement);
        return statement;
    }

    /**
     * The connection, for work that manages its own transaction (migrations).
     *
     * @return the connection
     */
    public Connection connection() {
        return connection;
    }

    @Override
    public void close() throws SQLException {
        for (var statement : opened) {
            statement.close();
        }
        opened.clear();
    }
}
