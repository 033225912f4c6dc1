package dev.interviewcoach.bench.progression;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The benchmark runs end to end on a few learners and prints the keys on its last line. */
class ProgressionSimTests {
    @Test
    void aSmallRunPrintsEveryKeyOnItsLastLineAndNeverRepeatsAChallenge() {
        var out = new ByteArrayOutputStream();
        var original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            new ProgressionSim().run(new String[] {"2", "7", "150"});
        } finally {
            System.setOut(original);
        }
        var lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        String last = lines[lines.length - 1];
        assertThat(last).startsWith("progression-sim: ")
                .contains(" ratio=", " false_unlock=", " repeat_rate=0.0000", " max_run=1", " follow_up_share=",
                        " recovery_share=");
    }
}
