package dev.interviewcoach.store.jdbc.internal;

import dev.interviewcoach.api.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteException;

/**
 * One SQLite file through one connection: write-ahead log, full sync on commit, foreign keys on, a
 * busy timeout for other handles and processes on the same file, reads through a memory map on local
 * disks ({@link MemoryMap}). Work on one handle is serialised; other handles and processes coordinate
 * through SQLite's file locks.
 */
public final class SqliteDatabase implements Database {
    /** How long a write waits for another handle or process to finish its own. */
    public static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private final Path file;
    private final SQLiteDataSource source;
    private Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final long memoryMap;
    private volatile boolean closed;

    /**
     * Opens (and creates) the file.
     *
     * @param file the database file; its directory is created when missing
     * @param memoryMap how much of the file may be read through a memory map, in bytes (0 for none);
     *     granted only on a local disk file system
     * @throws StoreException when the file cannot be opened as a SQLite database
     */
    public SqliteDatabase(Path file, long memoryMap) {
        this.file = file.toAbsolutePath();
        var config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + this.file);
        try {
            PrivateFile.create(this.file);
            Path parent = this.file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            this.memoryMap = MemoryMap.limitFor(this.file, memoryMap);
            connection = connect();
        } catch (IOException e) {
            throw new StoreException("cannot create the directory of the SQLite store " + this.file + ": " + e, e);
        } catch (SQLException e) {
            throw translate("open it", e);
        }
    }

    /** A new connection to the file, set up as every connection of the store is. */
    private Connection connect() throws SQLException {
        Connection opened = source.getConnection();
        try (var statement = opened.createStatement()) {
            // deleted learners leave no readable trace in the file's free pages
            statement.execute("PRAGMA secure_delete = ON");
            // a 16 MB page cache (SQLite's default is 2 MB) keeps the upper B-tree levels of a large
            // file in memory when it is not mapped
            statement.execute("PRAGMA cache_size = -16384");
            // Without a map, every page outside that cache is a pread() and a copy, and a state
            // document longer than a page always is: SQLite reads overflow pages straight from the
            // file, past its cache. A load then costs one system call in a small file and two in a
            // large one (the leaf no longer cached). Through the map both are reads of memory the
            // operating system already caches; the store's own cache only holds pages being written.
            statement.execute("PRAGMA mmap_size = " + this.memoryMap);
        } catch (SQLException e) {
            opened.close();
            throw e;
        }
        return opened;
    }

    /**
     * How much of the file is read through a memory map.
     *
     * @return bytes; 0 when reads go through the page cache only
     */
    public long memoryMap() {
        return memoryMap;
    }

    @Override
    public Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    public <T> T write(String action, SqlWork<T> work) {
        return inTransaction(action, "BEGIN IMMEDIATE", work);
    }

    @Override
    public <T> T snapshot(String action, SqlWork<T> work) {
        return inTransaction(action, "BEGIN DEFERRED", work);
    }

    @Override
    public <T> T read(String action, SqlWork<T> work) {
        lock.lock();
        try {
            checkOpen();
            try (var session = new Session(connection, statements)) {
                return work.run(session);
            }
        } catch (SQLException e) {
            throw translate(action, e);
        } finally {
            lock.unlock();
        }
    }

    private <T> T inTransaction(String action, String begin, SqlWork<T> work) {
        lock.lock();
        try {
            checkOpen();
            try (var session = new Session(connection, statements)) {
                session.prepare(begin).execute();
                boolean done = false;
                boolean statementFailed = true;
                try {
                    T result = work.run(session);
                    session.prepare("COMMIT").execute();
                    done = true;
                    return result;
                } catch (RuntimeException e) {
                    statementFailed = false; // the work refused (e.g. a version conflict); SQLite did not fail
                    throw e;
                } finally {
                    if (!done) {
                        abandon(statementFailed);
                    }
                }
            }
        } catch (SQLException e) {
            throw translate(action, e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Leaves no transaction open after work that failed, whatever failed: the work, the COMMIT (a full
     * disk, an I/O error, a lock held too long) or BEGIN itself. A statement that failed may be unusable
     * afterwards, so after a failure of SQLite's the cached ones are closed; the transaction is rolled
     * back through a statement of its own, and when even that fails the connection is replaced (closing it ends the transaction and
     * releases the file's write lock, which other processes wait for). The next unit of work then
     * starts on a clean handle and reads what the file holds, not what the failed one left in memory.
     */
    private void abandon(boolean statementFailed) {
        if (statementFailed) {
            closeStatements();
        }
        try (var statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
            return;
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("no transaction is active")) {
                return; // BEGIN failed, or SQLite rolled back on its own: nothing left to undo
            }
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // the connection is replaced anyway
        }
        try {
            connection = connect();
        } catch (SQLException e) {
            connection = null; // the next unit of work opens it again, or says why it cannot
        }
    }

    private void closeStatements() {
        for (var statement : statements.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                // a broken statement is dropped all the same
            }
        }
        statements.clear();
    }

    private void checkOpen() {
        if (closed) {
            throw new StoreException("the SQLite store " + file + " is closed");
        }
        if (connection == null) {
            try {
                connection = connect(); // replaced after a failure, and not reopened then
            } catch (SQLException e) {
                throw translate("reopen it after a failed write", e);
            }
        }
    }

    private StoreException translate(String action, SQLException e) {
        String code = e instanceof SQLiteException s ? s.getResultCode().name() : "";
        String why;
        if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
            why = "the file is locked by another program or handle (waited " + BUSY_TIMEOUT_MILLIS / 1000 + " s)";
        } else if (code.startsWith("SQLITE_READONLY") || code.startsWith("SQLITE_PERM")) {
            why = "the file or its directory is read-only";
        } else if (code.startsWith("SQLITE_NOTADB")) {
            why = "the file is not a SQLite database";
        } else if (code.startsWith("SQLITE_CANTOPEN")) {
            why = "the file cannot be opened";
        } else if (code.startsWith("SQLITE_CORRUPT")) {
            why = "the file is damaged";
        } else if (code.startsWith("SQLITE_FULL") || code.startsWith("SQLITE_IOERR")) {
            why = "the disk failed or is full";
        } else {
            why = e.getMessage();
        }
        return new StoreException("SQLite store " + file + ": cannot " + action + ": " + why, e);
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            closeStatements();
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot close the SQLite store " + file + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }
}
