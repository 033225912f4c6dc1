/**
 * The interview coach in the terminal: the program a candidate runs ({@code ./coach}), with its
 * journey through diagnosis, practice, reviews and the boss question, kept in a SQLite file, and its
 * reports. Only the entry point {@code dev.interviewcoach.cli.CoachCli} is exported.
 *
 * @since 0.1
 */
module dev.interviewcoach.cli {
    requires dev.interviewcoach.core;
    requires dev.interviewcoach.store.jdbc;
    requires info.picocli;
    requires org.jline.reader;
    requires org.jline.terminal;
    requires org.slf4j;
    requires org.xerial.sqlitejdbc;

    exports dev.interviewcoach.cli;
    opens dev.interviewcoach.cli.internal to info.picocli;

    uses dev.interviewcoach.spi.TrackProvider;
    uses dev.interviewcoach.spi.GraderProvider;
}
