package dev.interviewcoach.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.CriterionOutcome;
import dev.interviewcoach.api.CriterionResult;
import dev.interviewcoach.api.EvidenceSpan;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.LearnerExport;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.api.StoreException;
import dev.interviewcoach.core.LearnerCodec;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The codec gives back every record it wrote, equal in every component, for records drawn by
 * reflection over the model (so a component added later is covered), and its documents fit
 * PostgreSQL and UTF-8.
 */
class LearnerCodecTests {
    private static final LearnerCodec CODEC = LearnerCodec.standard();
    private static final long SEED = 20261203L;
    private static final ObjectMapper PLAIN = new ObjectMapper();

    @Test
    void everyLearnerStateReadsBackEqual() {
        qt().withFixedSeed(SEED).withExamples(400).forAll(RecordGenerator.of(LearnerState.class))
                .checkAssert(state -> assertThat(CODEC.readState(CODEC.writeState(state))).isEqualTo(state));
    }

    @Test
    void everyAttemptWithItsFullGradeReadsBackEqual() {
        qt().withFixedSeed(SEED).withExamples(400).forAll(RecordGenerator.of(Attempt.class))
                .checkAssert(attempt -> assertThat(CODEC.readAttempt(CODEC.writeAttempt(attempt))).isEqualTo(attempt));
    }

    @Test
    void everyExportReadsBackEqual() {
        qt().withFixedSeed(SEED).withExamples(100).forAll(RecordGenerator.of(LearnerExport.class))
                .checkAssert(export -> assertThat(CODEC.readExport(CODEC.writeExport(export))).isEqualTo(export));
    }

    @Test
    void documentsHoldNeitherNulNorUnpairedSurrogatesSoPostgresqlAndUtf8TakeThem() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(RecordGenerator.of(Attempt.class)).checkAssert(attempt -> {
            String document = CODEC.writeAttempt(attempt);
            assertThat(document).doesNotContain("\u0000");
            assertThat(isWellFormedUtf16(document)).as(document).isTrue();
            assertThat(texts(tree(document))).noneMatch(t -> t.indexOf('\u0000') >= 0 || !isWellFormedUtf16(t));
        });
    }

    @Test
    void theTextRuleIsReversibleForAnyText() {
        qt().withFixedSeed(SEED).withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 40))
                .checkAssert(text -> {
                    String stored = LearnerCodec.storedText(text);
                    assertThat(stored).doesNotContain("\u0000");
                    assertThat(isWellFormedUtf16(stored)).isTrue();
                    assertThat(LearnerCodec.originalText(stored)).isEqualTo(text);
                });
    }

    @Test
    void theTextRuleEscapesNulSurrogatesAndItsOwnEscapeAndNothingElse() {
        assertThat(LearnerCodec.storedText("a\u0000b")).isEqualTo("a\uFFFF0000b");
        assertThat(LearnerCodec.storedText("\ud800x\udc00")).isEqualTo("\uFFFFD800x\uFFFFDC00");
        assertThat(LearnerCodec.storedText("\uffff")).isEqualTo("\uFFFFFFFF");
        assertThat(LearnerCodec.storedText("plain 🔥 é \\u0000")).isEqualTo("plain 🔥 é \\u0000");
    }

    @Test
    void aMalformedEscapeIsRefusedClearly() {
        assertThatThrownBy(() -> LearnerCodec.originalText("x\uFFFFzz")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+FFFF");
    }

    @Test
    void aGradeIsWrittenAsItsComponentsOnlyWithoutDerivedProperties() {
        String document = CODEC.writeAttempt(attempt("x"));
        assertThat(document).startsWith("{\"format\":1,\"attempt\":{").doesNotContain("\"scored\"");
        assertThat(document).contains("\"at\":\"2026-01-05T10:00:00.123456789Z\"").contains("\"timeTaken\":\"PT42.000000001S\"");
    }

    @Test
    void aOneMegabyteAnswerReadsBackWhole() {
        String text = "idempotent \u0000 retry \ud800 ".repeat(40_000);
        assertThat(CODEC.readAttempt(CODEC.writeAttempt(attempt(text))).answer().text()).isEqualTo(text);
    }

    @Test
    void propertiesFromANewerWriterAreIgnored() {
        String document = CODEC.writeAttempt(attempt("x"))
                .replace("\"format\":1,", "\"format\":1,\"writtenBy\":{\"app\":[1,2]},")
                .replace("\"hintsUsed\":1", "\"hintsUsed\":1,\"keystrokes\":[3,4],\"mood\":\"calm\"");
        assertThat(CODEC.readAttempt(document)).isEqualTo(attempt("x"));
    }

    @Test
    void aMissingListOrOptionalReadsAsEmpty() {
        String document = CODEC.writeAttempt(attempt("x")).replace(",\"message\":null", "")
                .replace(",\"dimensions\":[]", "");
        assertThat(document).doesNotContain("dimensions").doesNotContain("message");
        assertThat(CODEC.readAttempt(document)).isEqualTo(attempt("x"));
    }

    @Test
    void aDocumentOfANewerFormatIsRefusedNamingBothFormats() {
        String document = CODEC.writeAttempt(attempt("x")).replace("\"format\":1", "\"format\":2");
        assertThatThrownBy(() -> CODEC.readAttempt(document)).isInstanceOf(StoreException.class)
                .hasMessageContaining("format 2").hasMessageContaining("format 1");
    }

    @Test
    void anExportThatHoldsOneAttemptIdTwiceIsRefusedAsMalformedNotLeftToTheStore() {
        var a = attempt("x");
        var b = new Attempt("a2", a.learnerId(), a.trackId(), a.challengeId(), a.conceptId(), a.level(), a.reason(),
                a.answer(), a.grade(), a.at());
        String one = CODEC.writeExport(new LearnerExport(LearnerId.of("ada"), List.of(), List.of(a, b)));
        String document = one.replace("\"id\":\"a2\"", "\"id\":\"a1\"");
        assertThat(document).isNotEqualTo(one);
        assertThatThrownBy(() -> CODEC.readExport(document))
                .isInstanceOf(dev.interviewcoach.api.MalformedDocumentException.class).hasMessageContaining("a1 twice");
    }

    @Test
    void anExportWhoseAttemptsBelongToAnotherLearnerIsRefusedSayingSo() {
        String document = CODEC.writeExport(new LearnerExport(LearnerId.of("ada"), List.of(), List.of(attempt("x"))))
                .replaceFirst("\"learnerId\":\\{\"value\":\"ada\"\\}", "\"learnerId\":{\"value\":\"mallory\"}");
        assertThat(document).contains("mallory");
        assertThatThrownBy(() -> CODEC.readExport(document))
                .isInstanceOf(dev.interviewcoach.api.MalformedDocumentException.class).hasMessageContaining("of learner ada");
    }

    @Test
    void brokenDocumentsGiveAMalformedDocumentExceptionAStoreExceptionSayingWhatIsWrong() {
        assertThatThrownBy(() -> CODEC.readAttempt("[1]")).isInstanceOf(dev.interviewcoach.api.MalformedDocumentException.class).hasMessageContaining("object");
        assertThatThrownBy(() -> CODEC.readAttempt("{\"format\":1}")).isInstanceOf(dev.interviewcoach.api.MalformedDocumentException.class)
                .hasMessageContaining("\"attempt\"");
        assertThatThrownBy(() -> CODEC.readAttempt("{\"attempt\":{}}")).isInstanceOf(dev.interviewcoach.api.MalformedDocumentException.class);
        assertThatThrownBy(() -> CODEC.readState("{\"format\":1,\"state\":{\"trackId\":\"\"}}"))
                .isInstanceOf(dev.interviewcoach.api.MalformedDocumentException.class);
        assertThatThrownBy(() -> CODEC.readState("{\"format\":1,\"sta")).isInstanceOf(dev.interviewcoach.api.MalformedDocumentException.class);
        assertThatThrownBy(() -> CODEC.readExport("not an export at all")).isInstanceOf(dev.interviewcoach.api.MalformedDocumentException.class)
                .hasMessageContaining("not valid JSON").hasMessageContaining("line 1").isInstanceOf(StoreException.class);
    }

    @Test
    void aValueOfTheWrongShapeIsNamedByItsFieldWithoutTheLibrarysClassNames() {
        assertThatThrownBy(() -> CODEC.readExport("{\"format\":1,\"export\":{\"learnerId\":\"x\"}}"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("at \"learnerId\"")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("dev.interviewcoach", "Creator"));
    }

    private static Attempt attempt(String text) {
        var grade = new Grade(dev.interviewcoach.api.GradeStatus.OK, java.util.OptionalDouble.of(0.5),
                List.of(new CriterionResult("c1", CriterionOutcome.PARTLY_MET, 0.25, List.of(new EvidenceSpan(0, 1)), "f")),
                List.of(), List.of(), "half", "tck", "1", java.util.Optional.empty(), java.util.Optional.empty());
        return new Attempt("a1", LearnerId.of("ada"), "backend", "c", "http", ChallengeLevel.DEFINE, StepReason.PRACTICE,
                new Answer(text, Duration.ofSeconds(42, 1), 1), grade, Instant.parse("2026-01-05T10:00:00.123456789Z"));
    }

    private static JsonNode tree(String document) {
        try {
            return PLAIN.readTree(document);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** Every string and property name of a JSON tree, as a plain JSON reader sees it. */
    private static List<String> texts(JsonNode node) {
        var all = new ArrayList<String>();
        if (node.isTextual()) {
            all.add(node.textValue());
        }
        node.properties().forEach(field -> all.add(field.getKey()));
        node.forEach(child -> all.addAll(texts(child)));
        return all;
    }

    private static boolean isWellFormedUtf16(String text) {
        try {
            StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

}
