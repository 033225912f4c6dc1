package dev.interviewcoach.cli.internal;

import dev.interviewcoach.api.CoachException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs the program once: parses the arguments, runs the command and turns failures into messages and exit codes. */
public final class Cli {
    private Cli() {}

    /**
     * Runs the program.
     *
     * @param args the command line
     * @param env the surroundings
     * @return the exit code: 0 done, 1 failed with a message, 2 bad usage, 3 stopped after repeated grader
     *     failures, 130 stopped with Ctrl-C
     */
    public static int run(String[] args, CliEnv given) {
        var env = TrackPrefetch.start(args, given);
        var root = new CoachCommand(env);
        var cmd = new CommandLine(root);
        HelpSections.install(cmd, root);
        cmd.setOut(new PrintWriter(new java.io.OutputStreamWriter(env.out(), StandardCharsets.UTF_8), true));
        cmd.setErr(new PrintWriter(new java.io.OutputStreamWriter(env.err(), StandardCharsets.UTF_8), true));
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExecutionExceptionHandler((e, command, parsed) -> {
            var err = command.getErr();
            if (e instanceof CliFailure failure) {
                err.println(failure.getMessage());
                if (failure.exitCode() == CliFailure.USAGE) {
                    err.println("Run `" + GlobalOptions.program() + " --help` for the commands and options.");
                }
                return failure.exitCode();
            }
            if (e instanceof CoachException || e instanceof UncheckedIOException) {
                err.println("The coach stopped: " + e.getMessage() + "\nEverything answered before is saved.");
                return 1;
            }
            throw e;
        });
        cmd.setParameterExceptionHandler((e, argv) -> {
            var err = e.getCommandLine().getErr();
            err.println(e.getMessage());
            var spec = e.getCommandLine().getCommandSpec();
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
                if (!e.getCommandLine().getSubcommands().isEmpty()) {
                    err.println("Commands: " + String.join(", ", e.getCommandLine().getSubcommands().keySet()) + ".");
                } else if (!spec.options().isEmpty()) {
                    // a command without subcommands: name its own options rather than an empty list
                    err.println("Options of " + spec.qualifiedName() + ": " + String.join(", ", spec.options().stream()
                            .filter(o -> !o.hidden()).map(o -> o.longestName()).toList()) + ".");
                }
            }
            err.println("Run `" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help` for the commands and options.");
            return CliFailure.USAGE;
        });
        int code = cmd.execute(args);
        env.out().flush();
        env.err().flush();
        return code;
    }
}
