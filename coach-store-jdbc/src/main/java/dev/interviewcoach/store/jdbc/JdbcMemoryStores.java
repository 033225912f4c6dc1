package dev.interviewcoach.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.interviewcoach.api.StoreException;
import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.store.jdbc.internal.JdbcMemoryStore;
import dev.interviewcoach.store.jdbc.internal.PostgresDatabase;
import dev.interviewcoach.store.jdbc.internal.SqliteDatabase;
import java.nio.file.Path;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Memory stores on JDBC: a SQLite file as the embedded default, PostgreSQL when many application
 * instances share learners.
 *
 * <p>Each store keeps learners in three tables ({@code coach_learner}, {@code coach_learner_state},
 * {@code coach_attempt}) whose rows hold {@code LearnerCodec} documents, and creates or upgrades them
 * when it opens: the applied versions are rows of {@code coach_schema_version}, and the migrations,
 * written in Java inside this module, run in order in one transaction. A schema-migration library
 * (Flyway, Liquibase) is not used: for a library embedded in someone else's program it would add a
 * large dependency whose version the host may already pin differently, and a schema-history table
 * the host's own migrations could mistake for theirs; three short migrations do not need it.
 *
 * <p>Every store is thread-safe. A commit is one transaction: the learner's state row is updated only
 * where it still has the version the commit expects ({@code UPDATE … WHERE version = ?}), so a stale
 * commit fails with a {@link dev.interviewcoach.api.VersionConflictException} and writes nothing;
 * attempts are only ever appended. Every statement is parameterised.
 *
 * @since 0.1
 */
public final class JdbcMemoryStores {
    private JdbcMemoryStores() {}

    /**
     * A store in one SQLite file, created with its directory when missing.
     *
     * <p>The file uses a write-ahead log with a full sync on every commit (a commit that returned
     * survives a crash of the program or the machine), foreign keys and a busy timeout of five
     * seconds, so several handles and processes may open the same file. A file another program holds
     * locked, a read-only file or a file that is not a SQLite database gives a {@link StoreException}
     * saying so. Reads go through a memory map of the file on local disks ({@link SqliteOptions}).
     *
     * <p>The file holds every answer its learners gave: a missing file is created readable and
     * writable by its owner only, and missing folders up to it likewise (where the file system has
     * POSIX permissions; SQLite's journal and write-ahead log take the file's). An existing file or
     * folder keeps the permissions its owner gave it.
     *
     * <p>The store's tables are named {@code coach_*}. In a file that already holds other tables they
     * are created beside them and nothing else is touched; give the coach a file of its own unless
     * sharing one is what you mean.
     *
     * @param file the database file, e.g. {@link #defaultSqliteFile()}
     * @return the store; close it to release the file
     * @throws StoreException when the file cannot be opened or upgraded
     */
    public static MemoryStore sqlite(Path file) {
        return sqlite(file, SqliteOptions.defaults());
    }

    /**
     * A store in one SQLite file, as {@link #sqlite(Path)}, with options.
     *
     * @param file the database file
     * @param options how the file is read, e.g. {@code SqliteOptions.defaults().withoutMemoryMap()}
     * @return the store; close it to release the file
     * @throws StoreException when the file cannot be opened or upgraded
     */
    public static MemoryStore sqlite(Path file, SqliteOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        return new JdbcMemoryStore(new SqliteDatabase(file, options.memoryMapBytes()));
    }

    /**
     * Where a program keeps its learners by default: {@code ~/.interview-coach/coach.db}.
     *
     * @return the path under the user's home directory
     */
    public static Path defaultSqliteFile() {
        return Path.of(System.getProperty("user.home"), ".interview-coach", "coach.db");
    }

    /**
     * A store in a PostgreSQL database the host reaches through its own data source (and pool).
     *
     * <p>The tables live in the current schema of the data source's connections. The data source is
     * not closed with the store. Set the PostgreSQL driver's {@code logServerErrorDetail=false} on it:
     * otherwise the driver's own errors (which a pool may log) can quote values bound to a statement,
     * learners' answers among them; the store's exceptions never do.
     *
     * @param dataSource where connections come from
     * @return the store
     * @throws StoreException when the database cannot be reached or upgraded
     */
    public static MemoryStore postgres(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return new JdbcMemoryStore(new PostgresDatabase(dataSource, null, "(host data source)"));
    }

    /**
     * A store in a PostgreSQL database with a small connection pool of its own, closed with the store.
     *
     * @param url the JDBC URL, e.g. {@code jdbc:postgresql://127.0.0.1:5432/coach}; {@code
     *     ?currentSchema=name} picks the schema
     * @param user the user
     * @param password the password; empty or {@code null} for none (a server with trust or peer
     *     authentication)
     * @return the store
     * @throws StoreException when the database cannot be reached or upgraded
     */
    public static MemoryStore postgres(String url, String user, String password) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        var config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        if (password != null && !password.isEmpty()) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(0);
        config.setPoolName("interview-coach-store");
        // the driver's errors then leave out the server's detail and a batch's bound values (learners'
        // answers), also where the pool logs them; a URL that sets the property decides
        config.addDataSourceProperty("logServerErrorDetail", "false");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("PostgreSQL store " + PostgresDatabase.redacted(url) + ": cannot connect: "
                    + e.getMessage(), e);
        }
        return new JdbcMemoryStore(new PostgresDatabase(pool, pool, url));
    }
}
