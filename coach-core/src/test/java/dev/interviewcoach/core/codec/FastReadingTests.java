package dev.interviewcoach.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.LearnerExport;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.StoreException;
import dev.interviewcoach.core.LearnerCodec;
import dev.interviewcoach.core.internal.codec.CodecMapper;
import dev.interviewcoach.core.internal.codec.DocumentReader;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.tck.StoreFixtures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The codec reads its own documents without the data binder, and that fast reading never gives
 * another value than the data binder does: on every document the codec writes, and on documents
 * changed the ways an older writer, a newer writer or a hand edit changes them, the fast reader
 * either gives up or gives exactly what the binder gives.
 */
class FastReadingTests {
    private static final LearnerCodec CODEC = LearnerCodec.standard();
    private static final long SEED = 20261203L;
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final DocumentReader<LearnerState> STATES =
            new DocumentReader<>(CodecMapper.create(), "state", LearnerState.class, LearnerCodec.FORMAT);
    private static final DocumentReader<Attempt> ATTEMPTS =
            new DocumentReader<>(CodecMapper.create(), "attempt", Attempt.class, LearnerCodec.FORMAT);
    private static final DocumentReader<LearnerExport> EXPORTS =
            new DocumentReader<>(CodecMapper.create(), "export", LearnerExport.class, LearnerCodec.FORMAT);

    @Test
    void everyStateTheCodecWritesIsReadFastAndEqual() {
        qt().withFixedSeed(SEED).withExamples(400).forAll(RecordGenerator.of(LearnerState.class))
                .checkAssert(state -> assertReadFast(CODEC.writeState(state), state, STATES));
    }

    @Test
    void everyAttemptTheCodecWritesIsReadFastAndEqual() {
        qt().withFixedSeed(SEED).withExamples(400).forAll(RecordGenerator.of(Attempt.class))
                .checkAssert(attempt -> assertReadFast(CODEC.writeAttempt(attempt), attempt, ATTEMPTS));
    }

    @Test
    void everyExportTheCodecWritesIsReadFastAndEqual() {
        qt().withFixedSeed(SEED).withExamples(100).forAll(RecordGenerator.of(LearnerExport.class))
                .checkAssert(export -> assertReadFast(CODEC.writeExport(export), export, EXPORTS));
    }

    @Test
    void changedStatesReadFastOnlyAsTheBinderReadsThem() {
        var random = new Random(SEED);
        int[] fast = {0};
        qt().withFixedSeed(SEED).withExamples(300).forAll(RecordGenerator.of(LearnerState.class)).checkAssert(state -> {
            String document = CODEC.writeState(state);
            for (int i = 0; i < 10; i++) {
                fast[0] += assertAgrees(change(document, random), STATES) ? 1 : 0;
            }
        });
        // many changes (a missing or null optional or list, another value of the same type) are still read fast
        assertThat(fast[0]).isGreaterThan(50);
    }

    @Test
    void changedAttemptsReadFastOnlyAsTheBinderReadsThem() {
        var random = new Random(SEED + 1);
        qt().withFixedSeed(SEED).withExamples(300).forAll(RecordGenerator.of(Attempt.class)).checkAssert(attempt -> {
            String document = CODEC.writeAttempt(attempt);
            for (int i = 0; i < 10; i++) {
                assertAgrees(change(document, random), ATTEMPTS);
            }
        });
    }

    @Test
    void handWrittenOddDocumentsReadFastOnlyAsTheBinderReadsThem() {
        String state = CODEC.writeState(LearnerState.initial(LearnerId.of("ada"), "backend",
                Instant.parse("2026-01-05T10:00:00.5Z")));
        List<Function<String, String>> edits = List.of(
                d -> d.replace("\"format\":1", "\"format\":2"),
                d -> d.replace("\"format\":1", "\"format\":0"),
                d -> d.replace("\"format\":1", "\"format\":\"1\""),
                d -> d.replace("\"format\":1,", ""),
                d -> d + " ",
                d -> d + "{}",
                d -> " " + d,
                d -> d.replace(",", ", "),
                d -> d.replace("\"schemaVersion\":1", "\"schemaVersion\":1.0"),
                d -> d.replace("\"schemaVersion\":1", "\"schemaVersion\":01"),
                d -> d.replace("\"schemaVersion\":1", "\"schemaVersion\":\"1\""),
                d -> d.replace("\"schemaVersion\":1", "\"schemaVersion\":99999999999"),
                d -> d.replace("\"stepsAnswered\":0", "\"stepsAnswered\":-0"),
                d -> d.replace("\"pressure\":true", "\"pressure\":\"true\""),
                d -> d.replace("\"pressure\":true", "\"pressure\":null"),
                d -> d.replace("\"trackId\":\"backend\"", "\"trackId\":\"back\\u0065nd\""),
                d -> d.replace("\"trackId\":\"backend\"", "\"trackId\":\"backend\",\"trackId\":\"other\""),
                d -> d.replace("\"trackId\"", "\"track\\u0049d\""),
                d -> d.replace("\"trackId\":\"backend\"", "\"trackId\":\"\\uFfFf0041\""),
                d -> d.replace("\"trackId\":\"backend\"", "\"trackId\":\"\uffff0041\""),
                d -> d.replace("\"trackId\":\"backend\"", "\"trackId\":\"\uffffzz\""),
                d -> d.replace("\"trackId\":\"backend\"", "\"trackId\":\"a\tb\""),
                d -> d.replace("\"trackId\":\"backend\"", "\"trackId\":\"a\\x\""),
                d -> d.replace("10:00:00.5Z", "10:00:00.500Z"),
                d -> d.replace("10:00:00.5Z", "10:00:00,5Z"),
                d -> d.replace("10:00:00.5Z", "10:00:00.5+00:00"),
                d -> d.replace("\"stack\":[]", "\"stack\":null"),
                d -> d.replace("\"stack\":[]", "\"stack\":[null]"),
                d -> d.replace("\"stack\":[]", "\"stack\":\"java\""),
                d -> d.replace("\"preferences\":{}", "\"preferences\":{\"a\":\"1\",\"a\":\"2\"}"),
                d -> d.replace("\"preferences\":{}", "\"preferences\":{\"\uffff0000\":\"x\"}"),
                d -> d.replace("\"preferences\":{}", "\"preferences\":{\"a\":null}"),
                d -> d.replace("\"sessionLength\":null", "\"sessionLength\":\"PT90S\""),
                d -> d.replace("\"sessionLength\":null", "\"sessionLength\":\" PT90S\""),
                d -> d.replace("\"sessionLength\":null", "\"sessionLength\":90"),
                d -> d.replace("\"interviewDate\":null", "\"interviewDate\":\"2026-02-30\""),
                d -> d.replace("\"interviewDate\":null", "\"interviewDate\":\"2026-02-28\""),
                d -> d.replace("\"interviewDate\":null", "\"interviewDate\":\"\""),
                d -> d.replace("\"mastery\":[]", "\"mastery\":[{\"conceptId\":\"http\",\"level\":\"DEFINE\","
                        + "\"probability\":1e-3,\"evidenceCount\":1,\"status\":\"TENTATIVE\"}]"),
                d -> d.replace("\"mastery\":[]", "\"mastery\":[{\"conceptId\":\"http\",\"level\":\"define\","
                        + "\"probability\":0.5,\"evidenceCount\":1,\"status\":\"TENTATIVE\",\"recentAttemptIds\":[]}]"),
                d -> d.replace("\"mastery\":[]", "\"mastery\":[{\"conceptId\":\"http\",\"level\":\"DEFINE\","
                        + "\"probability\":1.5,\"evidenceCount\":1,\"status\":\"TENTATIVE\",\"recentAttemptIds\":[]}]"),
                d -> d.replace("\"mastery\":[]", "\"mastery\":[{\"conceptId\":\"http\",\"level\":\"DEFINE\","
                        + "\"probability\":0,\"evidenceCount\":1,\"status\":\"TENTATIVE\",\"recentAttemptIds\":[]}]"),
                d -> d.replace("\"mastery\":[]", "\"mastery\":[{\"conceptId\":\"http\",\"level\":\"DEFINE\","
                        + "\"probability\":-0.0,\"evidenceCount\":1,\"status\":\"TENTATIVE\",\"recentAttemptIds\":[]}]"),
                d -> d.replace("\"mastery\":[]", "\"mastery\":[{\"conceptId\":\"http\",\"level\":\"DEFINE\","
                        + "\"probability\":\"NaN\",\"evidenceCount\":1,\"status\":\"TENTATIVE\",\"recentAttemptIds\":[]}]"),
                d -> d.substring(0, d.length() - 1),
                d -> d.substring(0, d.length() / 2),
                d -> "[" + d + "]",
                d -> "");
        int fast = 0;
        for (var edit : edits) {
            fast += assertAgrees(edit.apply(state), STATES) ? 1 : 0;
        }
        assertThat(fast).isPositive();
    }

    @Test
    void theKitsRichStateAndFullAttemptsAreReadFast() {
        var ada = LearnerId.of("ada \u0000 \ud800 \uffff 🔥");
        var state = StoreFixtures.richState(ada, "backend");
        assertThat(STATES.readFast(CODEC.writeState(state))).isEqualTo(state);
        for (Instant at : List.of(StoreFixtures.T0, StoreFixtures.EXACT_INSTANTS.get(0), StoreFixtures.EXACT_INSTANTS.get(1))) {
            var attempt = StoreFixtures.fullAttempt("a1", ada, "backend", "PUT \"is\" idempotent\n\t✓ \u0000 \udc00", at);
            assertThat(ATTEMPTS.readFast(CODEC.writeAttempt(attempt))).isEqualTo(attempt);
            assertThat(ATTEMPTS.readFast(CODEC.writeAttempt(attempt).getBytes(StandardCharsets.UTF_8))).isEqualTo(attempt);
        }
    }

    /**
     * The fast reader gives the record, equal to the one written, unless the document holds what it
     * leaves to the binder: a double that is not finite (written as a string) or a date or instant
     * outside the years 0000 to 9999. The same holds for the document's UTF-8 bytes.
     */
    private static <T extends Record> void assertReadFast(String document, T written, DocumentReader<T> reader) {
        T read = reader.readFast(document);
        if (read == null) {
            assertThat(leftToTheBinder(document)).as(document).isTrue();
            assertThat(reader.readBound(document)).isEqualTo(written);
        } else {
            assertThat(read).isEqualTo(written);
            assertThat(reader.readFast(document.getBytes(StandardCharsets.UTF_8))).isEqualTo(written);
        }
    }

    private static boolean leftToTheBinder(String document) {
        if (document.contains("\"Infinity\"") || document.contains("\"-Infinity\"") || document.contains("\"NaN\"")) {
            return true;
        }
        var dates = Pattern.compile("\"[+-]?\\d+-\\d\\d-\\d\\d").matcher(document);
        while (dates.find()) {
            if (!dates.group().matches("\"\\d{4}-\\d\\d-\\d\\d")) {
                return true;
            }
        }
        return false;
    }

    /** The fast reader gives up or gives what the binder gives; whether it read the document itself. */
    private static <T extends Record> boolean assertAgrees(String document, DocumentReader<T> reader) {
        T fast = reader.readFast(document);
        Object bound;
        try {
            bound = reader.readBound(document);
        } catch (StoreException e) {
            bound = e;
        }
        if (fast != null) {
            assertThat(bound).as(document).isEqualTo(fast);
        }
        return fast != null;
    }

    /** The document with one property somewhere removed, nulled, retyped or joined by an unknown one. */
    private static String change(String document, Random random) {
        JsonNode root = tree(document);
        var objects = new ArrayList<ObjectNode>();
        collect(root, objects);
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        var names = new ArrayList<String>();
        target.fieldNames().forEachRemaining(names::add);
        if (names.isEmpty()) {
            target.put("fromTheFuture", 1);
            return root.toString();
        }
        String name = names.get(random.nextInt(names.size()));
        JsonNode value = target.get(name);
        switch (random.nextInt(8)) {
            case 0 -> target.remove(name);
            case 1 -> target.putNull(name);
            case 2 -> target.set(name, TextNode.valueOf(value.isValueNode() ? value.asText() : value.toString()));
            case 3 -> target.put(name, random.nextBoolean() ? 7 : 0.25);
            case 4 -> target.set("z" + name, value.deepCopy());
            case 5 -> target.set(name, PLAIN.createArrayNode().add(value.deepCopy()));
            case 6 -> {
                ArrayNode extra = PLAIN.createArrayNode().add(1).add("two").add(PLAIN.createObjectNode().put("x", 3));
                target.set("fromTheFuture", extra);
            }
            default -> target.put(name, random.nextBoolean() ? "" : "\uffff0000");
        }
        return root.toString();
    }

    private static void collect(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
        }
        node.forEach(child -> collect(child, objects));
    }

    private static JsonNode tree(String document) {
        try {
            return PLAIN.readTree(document);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
