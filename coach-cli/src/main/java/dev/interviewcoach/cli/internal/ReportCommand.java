package dev.interviewcoach.cli.internal;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.spi.AttemptQuery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code coach report}: the readiness map in the terminal, as JSON, or as one HTML file. With {@code --html}
 * the file is the report: the map is not printed as well, only one line saying where the file is.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Show your readiness map: concepts × rungs, mastery, held rungs, misconceptions, next reviews, and where the boss question stands.",
                "With --html FILE, write the report to that file instead and print one line saying where."})
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    private CoachCommand root;

    @Option(names = "--html", paramLabel = "FILE", description = "Write the report as one self-contained HTML file (the "
            + "map, scores and mastery over time, every answer with its grade and evidence) instead of printing the map; "
            + "an existing file is kept unless --force is given.")
    private Path html;

    @Option(names = "--force", description = "Replace the file of --html when it exists.")
    private boolean force;

    @Option(names = "--json", description = "Print the readiness as JSON instead of the map.")
    private boolean json;

    @Override
    public Integer call() {
        if (html != null) {
            checkTarget(html, force);
        }
        var env = root.env();
        try (var workspace = Workspace.open(root.options(), env, false); var console = env.console()) {
            var session = workspace.session();
            var unknown = workspace.noAnswersNote();
            if (unknown.isPresent() && !json && html == null) {
                // a map of dots for a learner the store does not know (a mistyped name, or one just deleted)
                // would read as a real one: the report says what the profile says instead
                console.println(console.style().wrap(unknown.get(), ""));
                return 0;
            }
            var readiness = session.readiness();
            String boss = json ? "" : BossView.reportLine(session, env.clock().getZone(), root.options()::again);
            // read once, for the map's note on recent answers and for the HTML report
            List<Attempt> attempts = json && html == null ? List.of() : workspace.store().attempts(
                    AttemptQuery.all(session.learnerId(), session.track().id()));
            if (json) {
                env.out().println(readiness.toJson());
            } else if (html == null) {
                console.println(ReadinessMap.render(readiness, session.track(), console.style()));
                String once = ReadinessMap.seenOnce(session.state().misconceptions(), session.track(), console.style());
                if (!once.isEmpty()) {
                    console.println(once);
                }
                var byId = new java.util.HashMap<String, Attempt>();
                attempts.forEach(a -> byId.put(a.id(), a));
                String notYet = ReadinessMap.heldThoughLastNotYet(readiness, byId,
                        dev.interviewcoach.core.PassPolicy.defaults()::passes, console.style());
                if (!notYet.isEmpty()) {
                    console.println(notYet);
                }
                if (!boss.isEmpty()) {
                    console.println(console.style().wrap(boss, ""));
                }
            }
            // the note on an unknown learner goes on standard error with --json, which keeps standard output
            // for the JSON alone, and with --html, which keeps it for the one line that says where the file is
            unknown.ifPresent(env.err()::println);
            if (html != null) {
                write(html, HtmlReport.render(readiness, session.track(), attempts, boss));
                (json ? env.err() : env.out()).println("Report written to " + html.toAbsolutePath());
            }
            return 0;
        }
    }

    /** Refuses, before anything is done, a file of {@code --html} that is a folder, or that exists and is not to be replaced. */
    private static void checkTarget(Path file, boolean replace) {
        checkFolder(file);
        if (Files.isDirectory(file)) {
            throw CliFailure.failed(file + " is a folder; name a file, e.g. " + file.resolve("report.html")
                    + ". Nothing was written.");
        }
        if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !replace) {
            throw CliFailure.failed(file + " already exists; name a new file, or pass --force to replace it. "
                    + "Nothing was written.");
        }
    }

    /**
     * Writes a file whole or not at all: into a temporary file beside it, then moved into its place.
     *
     * @throws CliFailure naming the file and why it cannot be written (never the temporary file)
     */
    static void write(Path file, String text) {
        checkFolder(file);
        if (Files.isDirectory(file)) {
            throw CliFailure.failed("Cannot write " + file + ": it is a folder. Nothing was written.");
        }
        try {
            Path dir = file.toAbsolutePath().getParent();
            Path tmp = Files.createTempFile(dir, ".report", ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw CliFailure.failed("Cannot write " + file + ": " + reason(e) + ". Nothing was written.");
        }
    }

    /**
     * Refuses a file whose folder is missing: a mistyped path would otherwise leave new folders behind.
     *
     * @throws CliFailure naming the folder that is missing, or that is a file
     */
    static void checkFolder(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw CliFailure.failed("Cannot write " + file + ": " + (Files.exists(dir) ? dir + " is a file, not a folder"
                    : "there is no folder " + dir + " (create it first, or name a file in a folder that exists)")
                    + ". Nothing was written.");
        }
    }

    /** Why writing failed, without the paths of the file system's message (which name the temporary file). */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "cannot create a file there";
        }
        if (e instanceof java.nio.file.FileSystemException f) {
            return f.getReason() != null ? f.getReason() : "the file system refused it";
        }
        return e.getMessage();
    }
}
