package dev.interviewcoach.cli.internal;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.StateKey;
import dev.interviewcoach.core.TrackLoader;
import dev.interviewcoach.spi.AttemptQuery;
import dev.interviewcoach.store.jdbc.JdbcMemoryStores;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs the whole program in this JVM with piped standard input, as a shell pipe would. */
final class CliRun {
    /** One loader for every test: each track is parsed once. */
    static final TrackLoader TRACKS = TrackLoader.discover();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T09:00:00Z"), ZoneOffset.UTC);

    /** What a run printed and returned. */
    record Result(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private final Path home;
    private Clock clock = CLOCK;
    private final Map<String, String> vars = new HashMap<>(Map.of("USER", "ada", "COLUMNS", "100"));

    CliRun(Path home) {
        this.home = home;
    }

    Path db() {
        return home.resolve(".interview-coach").resolve("coach.db");
    }

    CliRun clock(Clock c) {
        this.clock = c;
        return this;
    }

    CliRun var(String name, String value) {
        vars.put(name, value);
        return this;
    }

    Result run(String stdin, String... args) {
        return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    Result run(InputStream stdin, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var env = new CliEnv(stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), vars, home, clock, () -> TRACKS, false);
        int code = Cli.run(args, env);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The attempts stored for a learner, oldest first. */
    static List<Attempt> attempts(Path db, String learner) {
        try (var store = JdbcMemoryStores.sqlite(db)) {
            return new ArrayList<>(store.attempts(new AttemptQuery(LearnerId.of(learner), Optional.empty(), Integer.MAX_VALUE)));
        }
    }

    /** The stored state of a learner on a track. */
    static Optional<LearnerState> state(Path db, String learner, String track) {
        try (var store = JdbcMemoryStores.sqlite(db)) {
            return store.load(new StateKey(LearnerId.of(learner), track));
        }
    }
}
