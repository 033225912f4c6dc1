package dev.interviewcoach.cli.internal;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code coach demo}. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Watch a scripted candidate go through the diagnosis, practice and the report in a temporary database (under a minute).")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    private CoachCommand root;

    @Override
    public Integer call() {
        try (var console = root.env().console()) {
            return Demo.run(root.env(), console);
        }
    }
}
