package dev.interviewcoach.cli;

import dev.interviewcoach.cli.internal.Cli;
import dev.interviewcoach.cli.internal.CliEnv;

/**
 * The {@code coach} program: starts or continues a candidate's interview practice in the terminal.
 *
 * <p>Run {@code ./coach --help} from the repository root for the commands. The learner's data lives in
 * a SQLite file, {@code ~/.interview-coach/coach.db} unless {@code --db} names another.
 *
 * @since 0.1
 */
public final class CoachCli {
    private CoachCli() {}

    /**
     * Runs the program and exits with its code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        String level = System.getenv("COACH_LOG");
        if (level != null && !level.isBlank()) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level.strip());
        }
        System.exit(Cli.run(args, CliEnv.system()));
    }
}
