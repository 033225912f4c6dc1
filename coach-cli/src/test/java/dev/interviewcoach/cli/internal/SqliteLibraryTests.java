package dev.interviewcoach.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With a library folder, the SQLite driver loads its native library from there, extracted once, and
 * writes no copy of it into its temporary folder; without one it extracts a copy on each start. Each
 * start is a JVM of its own, since a JVM loads the library once.
 */
class SqliteLibraryTests {
    @TempDir
    Path tmp;

    @Test
    void theDriverLoadsItsLibraryFromTheFolderWhereItWasExtractedOnce() throws Exception {
        Path folder = tmp.resolve("native");

        List<String> first = probe(folder, Files.createDirectories(tmp.resolve("tmp1")));
        List<Path> extracted = files(folder);
        long modified = Files.getLastModifiedTime(extracted.get(0)).toMillis();
        List<String> second = probe(folder, Files.createDirectories(tmp.resolve("tmp2")));

        assertThat(extracted).singleElement().satisfies(f -> assertThat(Files.size(f)).isGreaterThan(100_000));
        assertThat(files(folder)).isEqualTo(extracted);
        assertThat(Files.getLastModifiedTime(extracted.get(0)).toMillis()).isEqualTo(modified);
        assertThat(first).containsExactly("opened", "temporary files: 0");
        assertThat(second).containsExactly("opened", "temporary files: 0");
    }

    @Test
    void withoutAFolderTheDriverExtractsItsLibraryIntoItsTemporaryFolder() throws Exception {
        List<String> out = probe(null, Files.createDirectories(tmp.resolve("tmp")));

        assertThat(out).first().isEqualTo("opened");
        assertThat(out.get(1)).isNotEqualTo("temporary files: 0");
    }

    /** Runs {@link Probe} in a JVM of its own and returns what it prints. */
    private static List<String> probe(Path folder, Path driverTemp) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(Tools.java(), "-Dorg.sqlite.tmpdir=" + driverTemp));
        if (folder != null) {
            command.add("-D" + SqliteLibrary.FOLDER_PROPERTY + "=" + folder);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Probe.class.getName(), driverTemp.toString()));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var lines = new String(process.getInputStream().readAllBytes()).lines().toList();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("probe output %s", lines).isZero();
        return lines;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Opens an in-memory SQLite database as the program does at its start, then counts the driver's temporary files. */
    public static final class Probe {
        private Probe() {}

        /**
         * Runs the probe.
         *
         * @param args the driver's temporary folder
         * @throws Exception when the database cannot be opened
         */
        public static void main(String[] args) throws Exception {
            SqliteLibrary.useFolderFromProperty();
            try (var connection = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                System.out.println(connection.isValid(5) ? "opened" : "not opened");
                try (Stream<Path> files = Files.list(Path.of(args[0]))) {
                    System.out.println("temporary files: " + files.filter(f -> f.getFileName().toString().contains("sqlite")).count());
                }
            }
        }
    }
}
