package dev.interviewcoach.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite host keeps its learner across a restart. */
class SqliteHostTests {
    @Test
    void aRestartedHostFindsTheLearnersAnswerAndOpenQuestionInTheFile(@TempDir Path dir) {
        var bytes = new ByteArrayOutputStream();
        var resumed = SqliteHost.run(dir.resolve("coach.db"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(resumed.number()).isEqualTo(2);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Q1: ", "score ", "after the restart: 1 answered, open question 2");
    }
}
