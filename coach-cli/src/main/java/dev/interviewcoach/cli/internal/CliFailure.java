package dev.interviewcoach.cli.internal;

/** A failure the program explains in one message and ends with an exit code (2 for bad usage). */
final class CliFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * The exit code for bad usage: an unknown command, option, track, grader, concept or topic, or a bad
     * option value. Anything else refused (a file that exists, a content folder with errors) is {@link
     * #failed}, exit code 1.
     */
    static final int USAGE = 2;

    private final int exitCode;

    CliFailure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    static CliFailure usage(String message) {
        return new CliFailure(USAGE, message);
    }

    static CliFailure failed(String message) {
        return new CliFailure(1, message);
    }

    int exitCode() {
        return exitCode;
    }
}
