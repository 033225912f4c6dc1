package dev.interviewcoach.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The examples run on the module path too: a JVM launched with {@code --module-path} over the built
 * modules (the examples' classes and their runtime dependencies, written by the build to {@code
 * target/module-path.txt}) and no class path runs {@link CompanyContent} as module {@code
 * dev.interviewcoach.examples}. There the backend content module exports nothing and is found only
 * as a service, so Acme's track loading over it shows that the host's own provider and discovery
 * combine on the module path.
 */
class ModulePathTests {
    private static final Path TARGET = Path.of("target");

    @Test
    void theHostsOwnProviderIsLaidOverTheDiscoveredBackendTrackOnTheModulePath() throws Exception {
        Path entries = TARGET.resolve("module-path.txt");
        assertThat(entries).as("written by the Maven build (generate-test-resources); run the test through Maven").exists();
        String modulePath = TARGET.resolve("classes") + File.pathSeparator
                + Files.readString(entries, StandardCharsets.UTF_8).strip();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path output = Files.createTempFile(TARGET, "module-path", ".txt");
        var process = new ProcessBuilder(List.of(java.toString(), "--module-path", modulePath,
                "-m", "dev.interviewcoach.examples/dev.interviewcoach.examples.CompanyContent"))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the launched JVM finishes").isTrue();
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(printed).isZero();
            assertThat(printed).startsWith("Backend Developer Interview at Acme Payments (over backend): 9 concepts, ")
                    .contains("5 on Acme's concept 'payments'")
                    .contains("Acme's question, step ");
        } finally {
            process.destroyForcibly();
            delete(output);
        }
    }

    private static void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
    }
}
