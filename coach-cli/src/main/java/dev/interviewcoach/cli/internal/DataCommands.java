package dev.interviewcoach.cli.internal;

import dev.interviewcoach.api.CoachException;
import dev.interviewcoach.api.LearnerExport;
import dev.interviewcoach.core.LearnerCodec;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code coach export}, {@code import} and {@code delete}: the learner's data as one JSON file, and its removal. */
final class DataCommands {
    /** The largest import file read: far above any real learner's history. */
    static final long MAX_IMPORT_BYTES = 256L * 1024 * 1024;

    private DataCommands() {}

    /** {@code coach export FILE}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write everything kept about the learner (states and every answer) to one JSON file.")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        private CoachCommand root;

        @Parameters(paramLabel = "FILE", description = "The file to write, in a folder that exists; an existing file is "
                + "not overwritten.")
        private Path file;

        @Override
        public Integer call() {
            if (Files.exists(file)) {
                throw CliFailure.failed(file + " already exists; name a new file. Nothing was written.");
            }
            ReportCommand.checkFolder(file);
            var env = root.env();
            var learner = root.options().learnerId(env);
            try (var store = Workspace.openStore(existing(root, env))) {
                LearnerExport export = store.export(learner);
                if (export.states().isEmpty() && export.attempts().isEmpty()) {
                    throw CliFailure.failed("Nothing is kept about learner " + learner + " in " + root.options().db(env)
                            + " (check --learner and --db). Nothing was written.");
                }
                ReportCommand.write(file, LearnerCodec.standard().writeExport(export));
                env.out().printf("Exported %s: %d track(s), %d answers, to %s%n", learner, export.states().size(),
                        export.attempts().size(), file);
                return 0;
            }
        }
    }

    /** {@code coach import FILE}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Read a learner from a file written by `coach export`; refused when that learner already has data here.")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        private CoachCommand root;

        @Parameters(paramLabel = "FILE", description = "A file written by `coach export`.")
        private Path file;

        @Override
        public Integer call() {
            var env = root.env();
            LearnerExport export = read(file);
            var options = root.options();
            if (options.learnerGiven() && !options.learnerId(env).equals(export.learnerId())) {
                throw CliFailure.failed(file + " holds learner " + export.learnerId() + ", not " + options.learnerId(env)
                        + "; an import keeps the learner's name, so run it without --learner. Nothing was changed.");
            }
            try (var store = Workspace.openStore(options.db(env))) {
                var existing = store.export(export.learnerId());
                if (!existing.states().isEmpty() || !existing.attempts().isEmpty()) {
                    throw CliFailure.failed("Learner " + export.learnerId() + " already has data in " + options.db(env)
                            + "; run `coach --db " + quoted(options.db(env).toString()) + " --learner "
                            + export.learnerId() + " delete` first, or import into another --db. Nothing was changed.");
                }
                try {
                    store.importLearner(export);
                } catch (CoachException | IllegalArgumentException e) {
                    store.delete(export.learnerId());
                    throw CliFailure.failed("Cannot import " + file + ": " + e.getMessage() + ". Nothing was changed.");
                }
                env.out().printf("Imported %s: %d track(s), %d answers.%n", export.learnerId(), export.states().size(),
                        export.attempts().size());
                return 0;
            }
        }

        private static LearnerExport read(Path file) {
            try {
                if (Files.size(file) > MAX_IMPORT_BYTES) {
                    throw CliFailure.failed(file + " is larger than " + MAX_IMPORT_BYTES / (1024 * 1024)
                            + " MB; not an export of this program. Nothing was changed.");
                }
                String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                        .toString();
                return LearnerCodec.standard().readExport(text);
            } catch (CharacterCodingException e) {
                throw CliFailure.failed(file + " is not UTF-8 text, so not an export of this program. Nothing was changed.");
            } catch (java.nio.file.NoSuchFileException e) {
                throw CliFailure.failed("There is no file " + file + ". Nothing was changed.");
            } catch (IOException e) {
                throw CliFailure.failed("Cannot read " + file + ": " + e.getMessage() + ". Nothing was changed.");
            } catch (CoachException | IllegalArgumentException e) {
                throw CliFailure.failed(file + " is not a readable learner export: " + e.getMessage() + "\nNothing was changed.");
            }
        }
    }

    /** {@code coach delete}. */
    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete everything kept about the learner, after you type the learner's name (or pass --yes).")
    static final class Delete implements Callable<Integer> {
        @ParentCommand
        private CoachCommand root;

        @Option(names = "--yes", description = "Do not ask.")
        private boolean yes;

        @Override
        public Integer call() {
            var env = root.env();
            var learner = root.options().learnerId(env);
            try (var store = Workspace.openStore(existing(root, env)); var console = env.console()) {
                if (!yes) {
                    var typed = console.readLine(s -> "Delete every answer and the progress of " + learner
                            + "? Type the name to confirm: ", false);
                    if (typed.kind() != Input.Kind.LINE || !typed.text().strip().equals(learner.value())) {
                        console.println("Not deleted.");
                        return 1;
                    }
                }
                boolean deleted = store.delete(learner);
                console.println(deleted ? "Deleted " + learner + "." : "Nothing was kept about " + learner + ".");
                return 0;
            }
        }
    }

    /** A path as a shell reads it back: in single quotes when it has anything but plain characters. */
    static String quoted(String path) {
        return path.matches("[A-Za-z0-9_./~+-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
    }

    private static Path existing(CoachCommand root, CliEnv env) {
        Path db = root.options().db(env);
        if (!Files.exists(db)) {
            throw CliFailure.failed("There is no coach data at " + db + ".");
        }
        return db;
    }
}
