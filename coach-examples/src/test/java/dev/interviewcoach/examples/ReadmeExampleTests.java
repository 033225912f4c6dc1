package dev.interviewcoach.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's embedding example is, line for line, the code of {@link ReadmeExample}, which compiles. */
class ReadmeExampleTests {
    private static List<String> between(List<String> lines, String start, String end) {
        int from = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (from < 0 && lines.get(i).contains(start)) {
                from = i + 1;
            } else if (from >= 0 && lines.get(i).contains(end)) {
                return lines.subList(from, i).stream().map(String::strip).toList();
            }
        }
        throw new AssertionError("no block between '" + start + "' and '" + end + "'");
    }

    @Test
    void theReadmeShowsExactlyTheCompiledEmbeddingExample() throws IOException {
        Path source = Path.of("src/main/java/dev/interviewcoach/examples/ReadmeExample.java");
        Path readme = Path.of("../README.md");
        var code = between(Files.readAllLines(source), "// README:start", "// README:end");
        var readmeLines = Files.readAllLines(readme);
        int marker = readmeLines.indexOf("<!-- embedding-example: kept identical to ReadmeExample.java by a test -->");
        assertThat(marker).as("README marker").isNotNegative();
        var shown = between(readmeLines.subList(marker, readmeLines.size()), "```java", "```");
        assertThat(shown).isEqualTo(code);
        assertThat(code.stream().filter(l -> !l.isBlank()).count()).isLessThanOrEqualTo(15);
    }

    @Test
    void theReadmeExampleRunsAgainstTheShippedTrackAndPrintsAScore() {
        var original = System.out;
        var bytes = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            ReadmeExample.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("score ", "passed: ");
    }
}
