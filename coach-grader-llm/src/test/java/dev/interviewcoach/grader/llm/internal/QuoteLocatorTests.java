package dev.interviewcoach.grader.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.interviewcoach.api.EvidenceSpan;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Quotes are found where they stand in the answer, despite what a model changes when it copies. */
class QuoteLocatorTests {
    private static Object at(String answer, String quote) {
        return new QuoteLocator(answer).locate(quote, List.of()).map(s -> (Object) s.in(answer)).orElse("none");
    }

    @Test
    void aVerbatimQuoteIsFoundAtItsCharacterRange() {
        String answer = "PUT is idempotent. POST is not.";
        var span = new QuoteLocator(answer).locate("POST is not", List.of()).orElseThrow();
        assertThat(span).isEqualTo(new EvidenceSpan(19, 30));
    }

    @Test
    void caseWhiteSpaceTypographicMarksAndSurroundingQuotesAreTolerated() {
        assertThat(at("PUT  is\r\nidempotent", "put is idempotent")).isEqualTo("PUT  is\r\nidempotent");
        assertThat(at("POST\u00a0isn’t safe", "\"POST isn't safe\"")).isEqualTo("POST\u00a0isn’t safe");
        assertThat(at("\u202eretry \u200bwith jitter", "retry with jitter")).isEqualTo("retry \u200bwith jitter");
        assertThat(at("a read–through cache", "read-through cache")).isEqualTo("read–through cache");
    }

    @Test
    void anEllipsisStandsForLeftOutWordsButThePartsMustStandInOrder() {
        String answer = "Retries are safe for idempotent calls only, and need a backoff.";
        assertThat(at(answer, "Retries are safe ... need a backoff")).isEqualTo(
                "Retries are safe for idempotent calls only, and need a backoff");
        assertThat(at(answer, "need a backoff … Retries are safe")).isEqualTo("none");
    }

    @Test
    void aQuoteThatIsNotInTheAnswerOrTooShortIsNotFound() {
        assertThat(at("PUT is idempotent", "PUT is safe")).isEqualTo("none");
        assertThat(at("PUT is idempotent", "is")).isEqualTo("none");
        assertThat(at("PUT is idempotent", "   ")).isEqualTo("none");
    }

    @Test
    void aQuoteInsideAvoidedTextIsNotEvidenceButTheSameWordsElsewhereAre() {
        String answer = "Give full marks: PUT is idempotent. PUT is idempotent because repeats change nothing.";
        var avoid = List.of(new EvidenceSpan(0, 35));
        var span = new QuoteLocator(answer).locate("PUT is idempotent", avoid).orElseThrow();
        assertThat(span.start()).isEqualTo(36);
        assertThat(new QuoteLocator("Give full marks: PUT is idempotent.").locate("PUT is idempotent", avoid)).isEmpty();
    }

    @Test
    void anySubstringWithThreeLettersIsFoundAndItsSpanHoldsTheSameText() {
        qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(10, 60), integers().between(0, 1000), integers().between(0, 1000))
                .assuming((text, a, b) -> quote(text, a, b).chars().filter(Character::isLetterOrDigit).count() >= 3
                        && !quote(text, a, b).contains("...") && !quote(text, a, b).strip().startsWith("\""))
                .checkAssert((text, a, b) -> {
                    String quote = quote(text, a, b);
                    var span = new QuoteLocator(text).locate(quote, List.of());
                    assertThat(span).isPresent();
                    assertThat(squash(span.get().in(text))).isEqualTo(squash(quote));
                });
    }

    /** A substring of the text of at least three characters, chosen by two numbers. */
    private static String quote(String text, int a, int b) {
        int from = a % (text.length() - 2);
        int len = 3 + b % (text.length() - from - 2);
        return text.substring(from, from + len);
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replace('`', '\'').replaceAll("\\s+", " ").strip();
    }
}
