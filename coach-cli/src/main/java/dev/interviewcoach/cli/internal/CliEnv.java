package dev.interviewcoach.cli.internal;

import dev.interviewcoach.core.TrackLoader;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Everything the program takes from its surroundings, so tests can run it whole in one JVM.
 *
 * @param in standard input
 * @param out standard output
 * @param err standard error
 * @param vars the environment variables ({@code NO_COLOR}, {@code COLUMNS}, {@code USER})
 * @param home the user's home directory, where the default database lives
 * @param clock where time comes from
 * @param tracks where tracks come from
 * @param terminal whether standard input and output are a terminal a person types at
 */
public record CliEnv(InputStream in, PrintStream out, PrintStream err, Map<String, String> vars, Path home, Clock clock,
        Supplier<TrackLoader> tracks, boolean terminal) {
    /** Validates the components and copies the variables. */
    public CliEnv {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        vars = Map.copyOf(vars);
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(tracks, "tracks");
    }

    /**
     * The program's real surroundings.
     *
     * @return the environment of this process
     */
    public static CliEnv system() {
        var out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                java.nio.charset.StandardCharsets.UTF_8);
        var err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                java.nio.charset.StandardCharsets.UTF_8);
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        return new CliEnv(System.in, out, err, System.getenv(), home(System.getenv(), System.getProperty("user.home")),
                Clock.systemDefaultZone(), TrackLoader::discover, terminal);
    }

    /**
     * The home directory the coach keeps its files under: {@code $HOME} when it is set to an absolute
     * path, as for every other command a shell runs (the JVM's {@code user.home} comes from the user
     * database and ignores it), else {@code user.home}.
     */
    static Path home(Map<String, String> vars, String userHome) {
        String home = vars.getOrDefault("HOME", "").strip();
        if (!home.isEmpty()) {
            try {
                Path path = Path.of(home);
                if (path.isAbsolute()) {
                    return path;
                }
            } catch (java.nio.file.InvalidPathException e) {
                // not a path: the JVM's own idea of home
            }
        }
        return Path.of(userHome);
    }

    /** Whether colour is off: {@code NO_COLOR} set (to anything non-empty) or no terminal. */
    boolean noColor() {
        return !terminal || !vars.getOrDefault("NO_COLOR", "").isEmpty() || "dumb".equals(vars.get("TERM"));
    }

    /** The width for plain output: {@code COLUMNS} or 80. */
    int columns() {
        try {
            return Integer.parseInt(vars.getOrDefault("COLUMNS", "80").strip());
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    /** Opens the console for this run: JLine on a terminal, plain streams otherwise. */
    Console console() {
        if (terminal) {
            return JLineConsole.open(home.resolve(".interview-coach").resolve("history"), noColor());
        }
        // a terminal JLine does not drive (TERM=dumb) still shows where to type
        boolean typing = in == System.in && System.console() != null;
        return new PlainConsole(in, out, new Style(false, columns()), typing);
    }
}
