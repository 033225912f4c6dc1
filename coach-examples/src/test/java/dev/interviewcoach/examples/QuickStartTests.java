package dev.interviewcoach.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The QuickStart runs against the shipped backend track and prints questions, scores and feedback. */
class QuickStartTests {
    @Test
    void theQuickStartAnswersThreeStepsAndPrintsTheirScores() {
        var bytes = new ByteArrayOutputStream();
        QuickStart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                List.of(QuickStart::strongAnswer, step -> "no idea", step -> "no idea"));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("Step 1", "Step 2", "Step 3");
        assertThat(out.lines().filter(l -> l.startsWith("Score ")).count()).isEqualTo(3);
        assertThat(out).contains("Q: ");
        assertThat(out.lines().filter(l -> l.startsWith("Score ")).findFirst().orElseThrow())
                .as("a strong answer scores well").matches("Score (0\\.[6-9]\\d|1\\.00) .*");
    }
}
