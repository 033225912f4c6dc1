package dev.interviewcoach.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the program keeps its files: under {@code $HOME}, as every command a shell runs does. */
class CliEnvTests {
    @Test
    void anAbsoluteHomeVariableIsTheHomeTheProgramUses() {
        assertThat(CliEnv.home(Map.of("HOME", "/home/candidate"), "/root")).isEqualTo(Path.of("/home/candidate"));
    }

    @Test
    void anUnsetEmptyOrRelativeHomeVariableLeavesTheJvmsHome() {
        assertThat(CliEnv.home(Map.of(), "/root")).isEqualTo(Path.of("/root"));
        assertThat(CliEnv.home(Map.of("HOME", " "), "/root")).isEqualTo(Path.of("/root"));
        assertThat(CliEnv.home(Map.of("HOME", "relative/dir"), "/root")).isEqualTo(Path.of("/root"));
    }
}
