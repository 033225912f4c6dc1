package dev.interviewcoach.grader.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

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
    void aQuoteMustStartAndEndAtTheEdgesOfWords() {
        String answer = "Clients always retry idempotent calls with backoff.";
        assertThat(at(answer, "ays")).isEqualTo("none");
        assertThat(at(answer, "ways retry")).isEqualTo("none");
        assertThat(at(answer, "idempotent cal")).isEqualTo("none");
        assertThat(at(answer, "always retry")).isEqualTo("always retry");
        assertThat(at("a read-through cache", "through cache")).isEqualTo("through cache");
    }

    @Test
    void aQuoteOfFunctionWordsAloneIsNotFound() {
        String answer = "Our service and the cache retry with it.";
        assertThat(at(answer, "our")).isEqualTo("none");
        assertThat(at(answer, "the")).isEqualTo("none");
        assertThat(at(answer, "and the")).isEqualTo("none");
        assertThat(at(answer, "the cache")).isEqualTo("the cache");
    }

    @Test
    void anEllipsisJoinsPartsOfOneSentenceOnlyAndEachPartMustCarryAWord() {
        String answer = "A client retries idempotent calls. It backs off with jitter. The budget is set by the API.";
        assertThat(at(answer, "A...API")).isEqualTo("none");
        assertThat(at(answer, "retries ... jitter")).isEqualTo("none");
        assertThat(at(answer, "the ... API")).isEqualTo("none");
        assertThat(at(answer, "budget … the API")).isEqualTo("budget is set by the API");
    }

    @Test
    void anyRunOfWholeWordsWithAWordOfSubstanceIsFoundAndItsSpanHoldsTheSameText() {
        String[] words = {"the", "cache", "of", "retries", "and", "idempotent", "our", "calls", "is", "PUT", "backoff", "a"};
        qt().forAll(integers().between(0, 1000), integers().between(0, 1000), integers().between(0, 1000))
                .assuming((seed, a, b) -> !onlyFunctionWords(text(words, seed), a, b))
                .checkAssert((seed, a, b) -> {
                    String text = text(words, seed);
                    String quote = quote(text, a, b);
                    var span = new QuoteLocator(text).locate(quote, List.of());
                    assertThat(span).as("%s in %s", quote, text).isPresent();
                    assertThat(squash(span.get().in(text))).isEqualTo(squash(quote));
                });
    }

    /** Eight words of the list, chosen by a seed, with varied spacing and punctuation. */
    private static String text(String[] words, int seed) {
        var sb = new StringBuilder();
        long x = seed * 2654435761L + 1;
        for (int i = 0; i < 8; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            sb.append(i == 0 ? "" : (x >>> 60) % 3 == 0 ? ",  " : " ").append(words[(int) ((x >>> 33) % words.length)]);
        }
        return sb.append('.').toString();
    }

    private static boolean onlyFunctionWords(String text, int a, int b) {
        return java.util.Arrays.stream(quote(text, a, b).split("[^A-Za-z]+"))
                .allMatch(w -> w.isEmpty() || List.of("the", "of", "and", "our", "is", "a").contains(w.toLowerCase(Locale.ROOT)));
    }

    /** A run of whole words of the text, as it stands there, chosen by two numbers. */
    private static String quote(String text, int a, int b) {
        var words = java.util.regex.Pattern.compile("[A-Za-z]+").matcher(text).results().toList();
        int from = a % words.size();
        int to = from + b % (words.size() - from);
        return text.substring(words.get(from).start(), words.get(to).end());
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replace('`', '\'').replaceAll("\\s+", " ").strip();
    }
}
