package dev.interviewcoach.graders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Misspellings of reference words are found, and short or unrelated words are not taken for them. */
class SpellingTests {
    @Test
    void oneEditOrOneSwapIsADistanceOfOne() {
        assertThat(Spelling.distance("queue", "queu", 2)).isEqualTo(1);
        assertThat(Spelling.distance("stack", "satck", 2)).isEqualTo(1);
        assertThat(Spelling.distance("stack", "stick", 2)).isEqualTo(1);
    }

    @Test
    void theDistanceStopsAtTheLimit() {
        assertThat(Spelling.distance("pointer", "integer", 1)).isEqualTo(2);
    }

    @Test
    void theClosestCandidateWithTheSameFirstLetterIsFound() {
        assertThat(Spelling.nearest("simul", List.of("sample", "dimul", "simula"))).isEqualTo(2);
        assertThat(Spelling.nearest("implement", List.of("impelment", "emplement"))).isEqualTo(0);
    }

    @Test
    void shortWordsAndNumbersMustMatchExactly() {
        assertThat(Spelling.nearest("pop", List.of("pip", "top"))).isEqualTo(-1);
        assertThat(Spelling.nearest("1024", List.of("1025"))).isEqualTo(-1);
    }
}
