package dev.interviewcoach.grader.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.grader.llm.ResponseFormat;
import dev.interviewcoach.grader.llm.Sleeper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The API key shows nowhere but in the header it is meant for. */
class SecretTests {
    @Test
    void theSettingsAndTheGraderNeverShowTheKey() {
        var d = Duration.ofSeconds(1);
        var settings = new LlmSettings(URI.create("http://127.0.0.1:9/v1"), "m", Optional.of(Secret.of("sk-very-secret")),
                Optional.empty(), Optional.empty(), d, d, 1, d, d, d, 1, d, 100, 100, 4096, 1, d, 1, 0, OptionalLong.of(0),
                ResponseFormat.JSON_SCHEMA, 10, Optional.empty(), Clock.systemUTC(), Sleeper.system(), 1);

        assertThat(settings.toString()).doesNotContain("sk-very-secret").contains("****");
        assertThat(new LlmGrader(settings).toString()).doesNotContain("sk-very-secret");
        assertThat(settings.apiKey().orElseThrow().reveal()).isEqualTo("sk-very-secret");
    }
}
