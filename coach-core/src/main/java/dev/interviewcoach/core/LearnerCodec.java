package dev.interviewcoach.core;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.LearnerExport;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.StoreException;
import dev.interviewcoach.core.internal.codec.EscapingGenerator;
import dev.interviewcoach.core.internal.codec.RecordComponentsOnly;
import dev.interviewcoach.core.internal.codec.TextEscape;
import dev.interviewcoach.core.internal.codec.TreeUnescape;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The JSON form of learner data: what stores keep and what export and import exchange.
 *
 * <p>Every document is an object {@code {"format": 1, "<kind>": {...}}} where the kind is {@code
 * state}, {@code attempt} or {@code export}. Each record is written as an object of exactly its
 * components, by name; {@code Optional}, {@code OptionalInt} and {@code OptionalDouble} are the value
 * or {@code null}; instants, durations and dates are ISO-8601 strings to the nanosecond
 * ({@code "2026-01-05T10:00:00.123456789Z"}, {@code "PT42.5S"}); enums by name; doubles in the
 * shortest form that reads back to the same bits. Records the model gains later are written the same
 * way without changes here.
 *
 * <p><b>Compatibility.</b> A reader ignores properties it does not know (a newer writer's additions)
 * and reads a missing list, map or optional as empty. The format number changes only when a document
 * can no longer be read that way; a document with a higher format than {@link #FORMAT} is refused
 * with a {@link StoreException} naming both numbers.
 *
 * <p><b>Text rule.</b> The documents never contain the NUL character or an unpaired surrogate, so they
 * fit PostgreSQL {@code text} and {@code jsonb} and any UTF-8 file: in every string and property name,
 * NUL, each unpaired surrogate and U+FFFF (a noncharacter) are written as U+FFFF followed by the
 * four upper-case hex digits of the char ({@code "\u0000"} becomes {@code "\uFFFF0000"}). Reading
 * reverses it exactly. {@link #storedText(String)} and {@link #originalText(String)} apply the same
 * rule to single values, e.g. key columns.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class LearnerCodec {
    /** The format number this codec writes and the highest it reads. */
    public static final int FORMAT = 1;

    private static final LearnerCodec STANDARD = new LearnerCodec();

    private final JsonMapper mapper;

    private LearnerCodec() {
        mapper = JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("learner-codec").setSerializerModifier(new RecordComponentsOnly()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // public records in exported packages need no reflective access; none is asked for
                .disable(MapperFeature.CAN_OVERRIDE_ACCESS_MODIFIERS)
                .disable(MapperFeature.OVERRIDE_PUBLIC_ACCESS_MODIFIERS)
                .build();
        // a list, set or map an older writer did not know reads as empty, not as null
        for (Class<?> collection : List.of(Collection.class, List.class, Set.class, Map.class)) {
            mapper.configOverride(collection).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
        }
        // a document this codec wrote must always read back, however long an answer is
        mapper.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build());
    }

    /**
     * The codec.
     *
     * @return the shared instance
     */
    public static LearnerCodec standard() {
        return STANDARD;
    }

    /**
     * Writes a learner state.
     *
     * @param state the state
     * @return its document
     */
    public String writeState(LearnerState state) {
        return write("state", Objects.requireNonNull(state, "state"));
    }

    /**
     * Reads a learner state.
     *
     * @param document a document from {@link #writeState(LearnerState)}
     * @return the state, equal to the one written
     * @throws StoreException when the document is not a readable state
     */
    public LearnerState readState(String document) {
        return read(document, "state", LearnerState.class);
    }

    /**
     * Writes an attempt.
     *
     * @param attempt the attempt
     * @return its document
     */
    public String writeAttempt(Attempt attempt) {
        return write("attempt", Objects.requireNonNull(attempt, "attempt"));
    }

    /**
     * Reads an attempt.
     *
     * @param document a document from {@link #writeAttempt(Attempt)}
     * @return the attempt, equal to the one written
     * @throws StoreException when the document is not a readable attempt
     */
    public Attempt readAttempt(String document) {
        return read(document, "attempt", Attempt.class);
    }

    /**
     * Writes everything held about a learner, for export.
     *
     * @param export the export
     * @return its document
     */
    public String writeExport(LearnerExport export) {
        return write("export", Objects.requireNonNull(export, "export"));
    }

    /**
     * Reads an export, for import.
     *
     * @param document a document from {@link #writeExport(LearnerExport)}
     * @return the export, equal to the one written
     * @throws StoreException when the document is not a readable export
     */
    public LearnerExport readExport(String document) {
        return read(document, "export", LearnerExport.class);
    }

    /**
     * A single text in the stored form of the text rule (see the class description).
     *
     * @param text any text
     * @return the text without NUL or unpaired surrogates, reversibly
     */
    public static String storedText(String text) {
        return TextEscape.encode(Objects.requireNonNull(text, "text"));
    }

    /**
     * The original of a text in the stored form.
     *
     * @param stored a text from {@link #storedText(String)}
     * @return the original text
     * @throws IllegalArgumentException when {@code stored} holds a malformed escape
     */
    public static String originalText(String stored) {
        return TextEscape.decode(Objects.requireNonNull(stored, "stored"));
    }

    private String write(String kind, Object value) {
        var out = new StringWriter(1024);
        try (var generator = new EscapingGenerator(mapper.getFactory().createGenerator(out))) {
            generator.writeStartObject();
            generator.writeNumberField("format", FORMAT);
            generator.writeFieldName(kind);
            mapper.writeValue(generator, value);
            generator.writeEndObject();
        } catch (IOException | RuntimeException e) {
            throw new StoreException("cannot write the " + kind + " as JSON: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private <T> T read(String document, String kind, Class<T> type) {
        Objects.requireNonNull(document, "document");
        try (JsonParser parser = open(document)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new StoreException("a learner " + kind + " document must be a JSON object");
            }
            int format = -1;
            T value = null;
            RuntimeException valueFailure = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if ("format".equals(name) && parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                    format = parser.getIntValue();
                } else if (kind.equals(name)) {
                    try {
                        value = mapper.readValue(parser, type);
                    } catch (IOException | RuntimeException e) {
                        valueFailure = new StoreException(
                                "cannot read the " + kind + " document: " + e.getMessage(), e);
                        break;
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (format > FORMAT) {
                throw new StoreException("the " + kind + " document has format " + format
                        + "; this version of the library reads format " + FORMAT + " and older");
            }
            if (valueFailure != null) {
                throw valueFailure;
            }
            if (format < 1) {
                throw new StoreException("the " + kind + " document has no \"format\" number");
            }
            if (value == null) {
                throw new StoreException("the document holds no \"" + kind + "\"");
            }
            return value;
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException("cannot read the " + kind + " document: " + e.getMessage(), e);
        }
    }

    private JsonParser open(String document) throws IOException {
        if (document.indexOf(TextEscape.ESCAPE) < 0 && !document.contains("\\uffff")
                && !document.contains("\\uFFFF")) {
            return mapper.getFactory().createParser(document);
        }
        JsonNode tree = TreeUnescape.decode(mapper.readTree(document));
        return mapper.treeAsTokens(tree);
    }
}
