package dev.interviewcoach.bench.heldout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;

/** The figures of one half say how much of the ranking is lost between wrong and poor answers. */
class FiguresTests {
    private static HeldoutSet.Item item(String id, String intended, int score) {
        return new HeldoutSet.Item(id, "c", "dev", intended, "prose", score, "r", "t");
    }

    @Test
    void aWrongAnswerGradedAbovePoorOnesLowersTheSpearmanButNotTheOneThatTiesZeroAndOne() {
        var graded = new LinkedHashMap<HeldoutSet.Item, double[]>();
        graded.put(item("A-1", "strong", 5), new double[] {0.9, 1});
        graded.put(item("A-2", "middling", 3), new double[] {0.6, 1});
        graded.put(item("A-3", "wrong", 0), new double[] {0.3, 0});
        graded.put(item("A-4", "poor", 1), new double[] {0.1, 0});
        graded.put(item("A-5", "poor", 1), new double[] {0.0, 0});
        var figures = HeldoutBenchmark.figures(graded);
        assertThat(figures.spearman()).isLessThan(0.9);
        assertThat(figures.spearmanLowTied()).isGreaterThan(figures.spearman());
        assertThat(figures.keys("dev_")).contains("dev_spearman_0_1_tied=");
        assertThat(figures.wrongPass()).isZero();
        assertThat(figures.strongPass()).isEqualTo(1.0);
    }
}
