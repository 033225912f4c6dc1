/**
 * Learner memory on JDBC: {@code JdbcMemoryStores.sqlite(Path)} for one SQLite file (the embedded
 * default) and {@code JdbcMemoryStores.postgres(..)} for PostgreSQL shared by many application
 * instances. Only {@code dev.interviewcoach.store.jdbc} is exported.
 *
 * @since 0.1
 */
module dev.interviewcoach.store.jdbc {
    requires transitive dev.interviewcoach.api;
    requires transitive java.sql;
    requires dev.interviewcoach.core;
    requires org.xerial.sqlitejdbc;
    requires com.zaxxer.hikari;
    requires org.postgresql.jdbc;

    exports dev.interviewcoach.store.jdbc;
}
