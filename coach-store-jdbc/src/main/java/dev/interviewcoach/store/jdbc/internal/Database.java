package dev.interviewcoach.store.jdbc.internal;

/** Where the store's SQL runs: connections, transactions and how failures are named. */
public interface Database extends AutoCloseable {
    /**
     * The database's dialect.
     *
     * @return the dialect
     */
    Dialect dialect();

    /**
     * Runs work in one write transaction: committed when it returns, rolled back when it throws.
     *
     * @param <T> the result
     * @param action what is done, for the error message
     * @param work the work
     * @return its result
     * @throws dev.interviewcoach.api.StoreException when the database fails or the work throws one
     */
    <T> T write(String action, SqlWork<T> work);

    /**
     * Runs reads that must see one consistent snapshot.
     *
     * @param <T> the result
     * @param action what is done, for the error message
     * @param work the work
     * @return its result
     */
    <T> T snapshot(String action, SqlWork<T> work);

    /**
     * Runs a single read statement.
     *
     * @param <T> the result
     * @param action what is done, for the error message
     * @param work the work
     * @return its result
     */
    <T> T read(String action, SqlWork<T> work);

    /** Closes the connections this database opened; later calls fail with a StoreException. */
    @Override
    void close();
}
