package dev.interviewcoach.cli.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** Finds outside programs a test needs: skipped with a message when absent, a failure in CI (which installs them). */
final class Tools {
    private Tools() {}

    static Path require(String purpose, String... names) {
        for (String name : names) {
            Optional<Path> found = find(name);
            if (found.isPresent()) {
                return found.get();
            }
        }
        String message = String.join(" or ", names) + " is not installed, so " + purpose + " cannot run here";
        if ("true".equals(System.getenv("CI"))) {
            fail(message + "; .ci/run installs it in CI");
        }
        Assumptions.abort(message + " (install it, e.g. apt-get install " + names[0] + ", to run it)");
        throw new AssertionError("unreachable");
    }

    static Optional<Path> find(String name) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
