package dev.interviewcoach.bench.heldout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second scoring of the answer set is read strictly and compared only on the answers it scored. */
class SecondScoringTests {
    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("second-scores.tsv"), text);
    }

    private static HeldoutSet.Item item(String id, int score) {
        return new HeldoutSet.Item(id, "c", "test", "strong", "prose", score, "r", "t");
    }

    @Test
    void commentsAndBlankLinesAreSkippedAndEachAnswerKeepsItsScore() throws IOException {
        var scores = HeldoutSet.secondScores(file("# header\n\nA-1\t5\tgood\nA-2\t0\twrong\n"));
        assertThat(scores).containsOnly(Map.entry("A-1", 5), Map.entry("A-2", 0));
    }

    @Test
    void aScoreOutsideTheScaleIsRefusedWithItsLine() throws IOException {
        var f = file("A-1\t5\tok\nA-2\t7\tbad\n");
        assertThatThrownBy(() -> HeldoutSet.secondScores(f)).isInstanceOf(IOException.class).hasMessageContaining(":2:");
    }

    @Test
    void anAnswerScoredTwiceIsRefused() throws IOException {
        var f = file("A-1\t5\tok\nA-1\t4\tagain\n");
        assertThatThrownBy(() -> HeldoutSet.secondScores(f)).hasMessageContaining("scored twice");
    }

    @Test
    void anAbsentFileMeansNoSecondScoringAndNoKeys() throws IOException {
        var scores = HeldoutSet.secondScores(dir.resolve("none.tsv"));
        assertThat(scores).isEmpty();
        assertThat(HeldoutBenchmark.second(Map.of(item("A-1", 5), new double[] {0.9, 1}), scores)).isEmpty();
    }

    @Test
    void agreementIsMeasuredOnlyOverTheAnswersBothScoringsHave() {
        var graded = new LinkedHashMap<HeldoutSet.Item, double[]>();
        graded.put(item("A-1", 5), new double[] {0.9, 1});
        graded.put(item("A-2", 3), new double[] {0.5, 0});
        graded.put(item("A-3", 0), new double[] {0.1, 0});
        graded.put(item("A-4", 1), new double[] {0.95, 1}); // not in the second scoring: left out
        var keys = HeldoutBenchmark.second(graded, Map.of("A-1", 4, "A-2", 3, "A-3", 1));
        assertThat(keys).isEqualTo(" human_spearman=1.000 spearman_second=1.000 second_n=3");
    }
}
