package dev.interviewcoach.store.jdbc.internal;

/** What differs between the databases the store runs on: the identity column and the migration lock. */
public enum Dialect {
    /** SQLite 3.35 or newer. */
    SQLITE("INTEGER PRIMARY KEY", null),
    /** PostgreSQL 12 or newer. */
    POSTGRES("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
            // one migrating process at a time per database; released when its transaction ends
            "SELECT pg_advisory_xact_lock(1668247411)");

    private final String sequenceColumn;
    private final String migrationLock;

    Dialect(String sequenceColumn, String migrationLock) {
        this.sequenceColumn = sequenceColumn;
        this.migrationLock = migrationLock;
    }

    /**
     * The column type of an append-order key that the database assigns.
     *
     * @return the SQL type and constraint
     */
    public String sequenceColumn() {
        return sequenceColumn;
    }

    /**
     * A statement that serialises migrations, or null where the write transaction already does
     * (SQLite takes the database's write lock when the transaction begins).
     *
     * @return the statement or null
     */
    String migrationLock() {
        return migrationLock;
    }
}
