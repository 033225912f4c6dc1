package dev.interviewcoach.cli.internal;

import dev.interviewcoach.spi.AttemptQuery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code coach report}: the readiness map in the terminal, as JSON, or as one HTML file. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Show your readiness map: concepts × rungs, mastery, held rungs, misconceptions, next reviews.")
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    private CoachCommand root;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the report as one self-contained HTML file.")
    private Path html;

    @Option(names = "--json", description = "Print the readiness as JSON instead of the map.")
    private boolean json;

    @Override
    public Integer call() {
        var env = root.env();
        try (var workspace = Workspace.open(root.options(), env, false); var console = env.console()) {
            var session = workspace.session();
            var readiness = session.readiness();
            if (json) {
                env.out().println(readiness.toJson());
            } else {
                console.println(ReadinessMap.render(readiness, session.track(), console.style()));
                String once = ReadinessMap.seenOnce(session.state().misconceptions(), session.track(), console.style());
                if (!once.isEmpty()) {
                    console.println(once);
                }
            }
            if (html != null) {
                var attempts = workspace.store().attempts(new AttemptQuery(session.learnerId(),
                        Optional.of(session.track().id()), Integer.MAX_VALUE));
                write(html, HtmlReport.render(readiness, session.track(), attempts));
                (json ? env.err() : env.out()).println("Report written to " + html.toAbsolutePath());
            }
            return 0;
        }
    }

    static void write(Path file, String text) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".report", ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw CliFailure.failed("Cannot write " + file + ": " + e.getMessage());
        }
    }
}
