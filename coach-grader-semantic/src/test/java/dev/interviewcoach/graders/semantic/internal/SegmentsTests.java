package dev.interviewcoach.graders.semantic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SegmentsTests {
    @Test
    void anAnswerIsCutIntoSentences() {
        var s = Segments.of("Caches go stale. Set a TTL!\n\nInvalidate on write; or version\nkeys");
        assertThat(s.pieces()).extracting(p -> String.join(" ", p.words()))
                .containsExactly("caches go stale", "set a ttl", "invalidate on write", "or version keys");
        assertThat(s.truncated()).isFalse();
        assertThat(s.note()).isEmpty();
    }

    @Test
    void aLongSentenceIsCutIntoPiecesOfAtMostTheSentenceLimit() {
        String text = IntStream.range(0, 100).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        var s = Segments.of(text);
        assertThat(s.pieces()).hasSize(3);
        assertThat(s.pieces()).allSatisfy(p -> assertThat(p.words()).hasSizeLessThanOrEqualTo(Segments.MAX_SEGMENT_WORDS));
        assertThat(s.wordsRead()).isEqualTo(100);
    }

    @Test
    void wordsPastTheWindowAreNotReadAndTheNoteSaysHowMany() {
        String text = IntStream.range(0, 1000).mapToObj(i -> "word" + i + ".").collect(Collectors.joining(" "));
        var s = Segments.of(text);
        assertThat(s.wordsTotal()).isEqualTo(1000);
        assertThat(s.wordsRead()).isLessThanOrEqualTo(Segments.WINDOW_WORDS);
        assertThat(s.pieces()).hasSizeLessThanOrEqualTo(Segments.MAX_SEGMENTS);
        assertThat(s.truncated()).isTrue();
        assertThat(s.note()).contains("of 1000 words").contains("not read");
    }

    @Test
    void piecesLieInsideAnyTextAndStayWithinTheWindow() {
        qt().withFixedSeed(7L).forAll(strings().allPossible().ofLengthBetween(0, 3000)).checkAssert(text -> {
            var s = Segments.of(text);
            assertThat(s.pieces().size()).isLessThanOrEqualTo(Segments.MAX_SEGMENTS);
            assertThat(s.wordsRead()).isLessThanOrEqualTo(Segments.WINDOW_WORDS + Segments.MAX_SEGMENT_WORDS);
            for (var p : s.pieces()) {
                assertThat(p.start()).isBetween(0, p.end());
                assertThat(p.end()).isLessThanOrEqualTo(text.length());
                String clean = p.clean(text);
                assertThat(clean.chars().noneMatch(c -> Character.isISOControl(c) || Character.isSurrogate((char) c)
                        && !isPaired(clean, c))).isTrue();
            }
        });
    }

    private static boolean isPaired(String s, int unused) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
