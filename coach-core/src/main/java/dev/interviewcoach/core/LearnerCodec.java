package dev.interviewcoach.core;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.LearnerExport;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.MalformedDocumentException;
import dev.interviewcoach.api.StoreException;
import dev.interviewcoach.core.internal.codec.CodecMapper;
import dev.interviewcoach.core.internal.codec.DocumentReader;
import dev.interviewcoach.core.internal.codec.EscapingGenerator;
import dev.interviewcoach.core.internal.codec.TextEscape;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Objects;

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
 * <p><b>Reading.</b> A document in exactly the shape this codec writes is read straight from its
 * text (or its UTF-8 bytes, {@link #readState(byte[])}); any other readable document, e.g. one with
 * white space or a newer writer's properties, is read with Jackson data binding, to the same value.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class LearnerCodec {
    /** The format number this codec writes and the highest it reads. */
    public static final int FORMAT = 1;

    private static final LearnerCodec STANDARD = new LearnerCodec();

    private final DocumentReader<LearnerState> states;
    private final DocumentReader<Attempt> attempts;
    private final DocumentReader<LearnerExport> exports;

    private LearnerCodec() {
        states = new DocumentReader<>(Mapper::get, "state", LearnerState.class, FORMAT);
        attempts = new DocumentReader<>(Mapper::get, "attempt", Attempt.class, FORMAT);
        exports = new DocumentReader<>(Mapper::get, "export", LearnerExport.class, FORMAT);
    }

    /**
     * The data binder, made when the codec first writes, or first meets a document its fast reader
     * leaves: reading what it wrote needs none.
     */
    private static final class Mapper {
        private static final JsonMapper INSTANCE = CodecMapper.create();

        static JsonMapper get() {
            return INSTANCE;
        }
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
     * @throws MalformedDocumentException (a {@link StoreException}) when the document is not a readable state
     */
    public LearnerState readState(String document) {
        return states.read(document);
    }

    /**
     * Reads a learner state from its document's UTF-8 bytes, as a database column or a file holds
     * them; the same as {@code readState(new String(utf8, UTF_8))}, without the string.
     *
     * @param utf8 the bytes of a document from {@link #writeState(LearnerState)}
     * @return the state, equal to the one written
     * @throws MalformedDocumentException (a {@link StoreException}) when the document is not a readable state
     * @since 0.1
     */
    public LearnerState readState(byte[] utf8) {
        return states.read(utf8);
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
     * @throws MalformedDocumentException (a {@link StoreException}) when the document is not a readable attempt
     */
    public Attempt readAttempt(String document) {
        return attempts.read(document);
    }

    /**
     * Reads an attempt from its document's UTF-8 bytes; the same as {@code readAttempt(new
     * String(utf8, UTF_8))}, without the string.
     *
     * @param utf8 the bytes of a document from {@link #writeAttempt(Attempt)}
     * @return the attempt, equal to the one written
     * @throws MalformedDocumentException (a {@link StoreException}) when the document is not a readable attempt
     * @since 0.1
     */
    public Attempt readAttempt(byte[] utf8) {
        return attempts.read(utf8);
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
     * @throws MalformedDocumentException (a {@link StoreException}) when the document is not a readable export
     */
    public LearnerExport readExport(String document) {
        return exports.read(document);
    }

    /**
     * Reads an export from its document's UTF-8 bytes, e.g. a file's; the same as {@code
     * readExport(new String(utf8, UTF_8))}, without the string.
     *
     * @param utf8 the bytes of a document from {@link #writeExport(LearnerExport)}
     * @return the export, equal to the one written
     * @throws MalformedDocumentException (a {@link StoreException}) when the document is not a readable export
     * @since 0.1
     */
    public LearnerExport readExport(byte[] utf8) {
        return exports.read(utf8);
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
        JsonMapper mapper = Mapper.get();
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
}
