package dev.interviewcoach.store.jdbc.internal;

import dev.interviewcoach.api.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * PostgreSQL through a {@link DataSource}: a connection per unit of work, returned to the host's
 * pool (or the store's own) when the work ends.
 */
public final class PostgresDatabase implements Database {
    private final DataSource source;
    private final AutoCloseable ownedPool;
    private final String name;
    private volatile boolean closed;

    /**
     * A database over a data source.
     *
     * @param source where connections come from; the current schema of its connections holds the tables
     * @param ownedPool closed with the store when the store created the pool, else null
     * @param name how messages name the database
     */
    public PostgresDatabase(DataSource source, AutoCloseable ownedPool, String name) {
        this.source = source;
        this.ownedPool = ownedPool;
        this.name = name;
    }

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRES;
    }

    @Override
    public <T> T write(String action, SqlWork<T> work) {
        return inTransaction(action, false, work);
    }

    @Override
    public <T> T snapshot(String action, SqlWork<T> work) {
        return inTransaction(action, true, work);
    }

    @Override
    public <T> T read(String action, SqlWork<T> work) {
        checkOpen();
        try (Connection connection = source.getConnection(); var session = new Session(connection, null)) {
            return work.run(session);
        } catch (SQLException e) {
            throw translate(action, e);
        }
    }

    private <T> T inTransaction(String action, boolean snapshot, SqlWork<T> work) {
        checkOpen();
        try (Connection connection = source.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            if (snapshot) {
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            try (var session = new Session(connection, null)) {
                T result = work.run(session);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
                if (snapshot) {
                    connection.setTransactionIsolation(isolation);
                }
            }
        } catch (SQLException e) {
            throw translate(action, e);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new StoreException("the PostgreSQL store " + name + " is closed");
        }
    }

    private StoreException translate(String action, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String why;
        if (state.startsWith("08")) {
            why = "the server cannot be reached (" + e.getMessage() + ")";
        } else if (state.equals("25006") || state.equals("42501")) {
            why = "the database refuses writes by this user (" + e.getMessage() + ")";
        } else {
            why = e.getMessage();
        }
        return new StoreException("PostgreSQL store " + name + ": cannot " + action + ": " + why, e);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (ownedPool != null) {
            try {
                ownedPool.close();
            } catch (Exception e) {
                throw new StoreException("cannot close the connection pool of " + name + ": " + e.getMessage(), e);
            }
        }
    }
}
