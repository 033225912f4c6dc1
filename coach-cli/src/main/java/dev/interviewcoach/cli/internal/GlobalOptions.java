package dev.interviewcoach.cli.internal;

import dev.interviewcoach.api.LearnerId;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The options every command takes, before or after its name. */
public final class GlobalOptions {
    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The SQLite file the coach keeps learners in (default: ~/.interview-coach/coach.db). A "
                    + "leading ~/ stands for your home folder, also when the shell left it as it is (--db='~/x.db').")
    private Path db;

    @Option(names = "--learner", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "Whose journey (default: your user name).")
    private String learner;

    @Option(names = "--track", paramLabel = "ID", scope = ScopeType.INHERIT,
            description = "The track, by its id: a shipped track's, or that in the track.yaml of a track in the "
                    + "--content folder (`coach --help` lists them under Tracks). Default: the variant in your "
                    + "profile, else backend.")
    private String track;

    @Option(names = "--content", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "A track folder (track.yaml and its documents), or a folder of track folders, to use beside the "
                    + "shipped tracks; pick a track with --track and the id in its track.yaml. A folder with a track "
                    + "`coach content check DIR` reports errors in does not run.")
    private Path content;

    @Option(names = "--grader", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "The grader, found by name among the graders on the class path (default: rubric).")
    private String grader;

    /** Creates the options (picocli fills them in). */
    public GlobalOptions() {}

    Path db(CliEnv env) {
        return db != null ? underHome(db, env.home()) : env.home().resolve(".interview-coach").resolve("coach.db");
    }

    /**
     * How the candidate starts the coach, for the commands it suggests: what the launching script says
     * (system property {@code coach.command}, {@code ./coach} in a clone), else {@code coach}.
     */
    static String program() {
        String given = System.getProperty("coach.command");
        return given == null || given.isBlank() ? "coach" : DataCommands.quoted(given);
    }

    /** A path with a leading {@code ~/} (which a quoted or {@code --db=} argument keeps) under the home folder, as a shell would read it. */
    static Path underHome(Path path, Path home) {
        String text = path.toString();
        String prefix = "~" + path.getFileSystem().getSeparator();
        return text.startsWith(prefix) ? home.resolve(text.substring(prefix.length())) : path;
    }

    boolean dbGiven() {
        return db != null;
    }

    boolean learnerGiven() {
        return learner != null;
    }

    LearnerId learnerId(CliEnv env) {
        String name = learner != null ? learner : env.vars().getOrDefault("USER", "me");
        try {
            return LearnerId.of(name.isBlank() ? "me" : name.strip());
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage("Bad learner name: " + e.getMessage());
        }
    }

    Optional<String> track() {
        return Optional.ofNullable(track);
    }

    Optional<Path> content() {
        return Optional.ofNullable(content);
    }

    Optional<String> grader() {
        return Optional.ofNullable(grader);
    }

    /**
     * The command line that runs a command again on the same data, track and grader: the options this
     * run was given, after it ({@code coach report --track acme-mq --content ./acme}).
     *
     * @param command the command, or "" for the journey
     * @return the command line to show
     */
    String again(String command) {
        var line = new StringBuilder(program());
        if (!command.isEmpty()) {
            line.append(' ').append(command);
        }
        if (db != null) {
            line.append(" --db ").append(DataCommands.quoted(db.toString()));
        }
        if (learner != null) {
            line.append(" --learner ").append(DataCommands.quoted(learner));
        }
        if (content != null) {
            line.append(" --content ").append(DataCommands.quoted(content.toString()));
        }
        if (track != null) {
            line.append(" --track ").append(DataCommands.quoted(track));
        }
        if (grader != null) {
            line.append(" --grader ").append(DataCommands.quoted(grader));
        }
        return line.toString();
    }
}
