package dev.interviewcoach.examples;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.core.Coach;
import dev.interviewcoach.core.Graders;
import dev.interviewcoach.core.Step;
import dev.interviewcoach.core.TrackLoader;
import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.store.jdbc.JdbcMemoryStores;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A host application that keeps its learners in a SQLite file: it answers one question, shuts down,
 * starts again on the same file and finds the learner where it left them.
 *
 * <p>Run with a file name ({@code SqliteHost coach.db}) or none for a temporary file.
 *
 * @since 0.1
 */
public final class SqliteHost {
    private SqliteHost() {}

    /**
     * Runs the example.
     *
     * @param args the SQLite file, optional
     * @throws Exception when the temporary file cannot be created
     */
    public static void main(String[] args) throws Exception {
        Path file = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("coach-host").resolve("coach.db");
        run(file, System.out);
    }

    /**
     * Answers one step, restarts on the same file, and prints what the learner has then.
     *
     * @param file the SQLite file
     * @param out where to print
     * @return the step the restarted host shows
     */
    public static Step run(Path file, PrintStream out) {
        var learner = LearnerId.of("grace");
        var tracks = TrackLoader.discover();
        // first run of the host: one answer, stored in the file when submit returns
        try (MemoryStore store = JdbcMemoryStores.sqlite(file)) {
            var session = coach(tracks, store).session(learner, "backend");
            Step step = session.next().orElseThrow();
            out.println("Q" + step.number() + ": " + step.challenge().prompt().text());
            var feedback = session.submit(step.id(), Answer.of("Idempotent means that repeating a request has the same effect."));
            out.printf("score %.2f%n", feedback.grade().score().orElse(0));
            session.next(); // the next step is chosen and kept in the file too
        }
        // the host restarts: a new store on the same file finds the learner and the open step
        try (MemoryStore store = JdbcMemoryStores.sqlite(file)) {
            var session = coach(tracks, store).session(learner, "backend");
            Step resumed = session.pending().orElseThrow();
            out.println("after the restart: " + session.diagnosisProgress().asked() + " answered, open question "
                    + resumed.number() + " (" + resumed.why() + ")");
            return resumed;
        }
    }

    private static Coach coach(TrackLoader tracks, MemoryStore store) {
        return Coach.builder().tracks(tracks).grader(Graders.rubric()).memoryStore(store).build();
    }
}
