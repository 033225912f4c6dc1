package dev.interviewcoach.core.internal.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.interviewcoach.api.MalformedDocumentException;
import dev.interviewcoach.api.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Reads one kind of document, {@code {"format": n, "<kind>": {...}}}: first as the codec writes it,
 * without a general JSON parser ({@link RecordReader}); when that gives up, again with the data binder,
 * which reads every document the format allows and names what is wrong with one it cannot read.
 *
 * @param <T> the record the document holds
 */
public final class DocumentReader<T extends Record> {
    private static final byte[] FORMAT = "format".getBytes(StandardCharsets.UTF_8);

    private final Supplier<JsonMapper> mapper;
    private final String kind;
    private final Class<T> type;
    private final int format;
    private final byte[] kindName;
    private final RecordReader<T> fast;
    /** The data binder for the record, built when first needed: what the codec writes reads without it. */
    private volatile ObjectReader binder;

    /**
     * A reader.
     *
     * @param mapper the codec's mapper
     * @param kind the property holding the record, e.g. {@code state}
     * @param type the record
     * @param format the highest format number read
     */
    public DocumentReader(JsonMapper mapper, String kind, Class<T> type, int format) {
        this(() -> mapper, kind, type, format);
    }

    /**
     * A reader whose mapper is made when a document first needs the data binder.
     *
     * @param mapper gives the codec's mapper
     * @param kind the property holding the record, e.g. {@code state}
     * @param type the record
     * @param format the highest format number read
     */
    public DocumentReader(Supplier<JsonMapper> mapper, String kind, Class<T> type, int format) {
        this.mapper = mapper;
        this.kind = kind;
        this.type = type;
        this.format = format;
        this.kindName = kind.getBytes(StandardCharsets.UTF_8);
        this.fast = RecordReader.of(type);
    }

    /**
     * Reads a document.
     *
     * @param document the document
     * @return its record
     * @throws StoreException when the document is not a readable one of this kind
     */
    public T read(String document) {
        Objects.requireNonNull(document, "document");
        T value = readFast(document);
        return value != null ? value : readBound(document);
    }

    /**
     * Reads a document from its UTF-8 bytes, as a database column or a file holds it.
     *
     * @param utf8 the document's bytes; malformed UTF-8 reads as the JDK decodes it
     * @return its record
     * @throws StoreException when the document is not a readable one of this kind
     */
    public T read(byte[] utf8) {
        Objects.requireNonNull(utf8, "utf8");
        T value = readFast(utf8);
        return value != null ? value : readBound(new String(utf8, StandardCharsets.UTF_8));
    }

    /**
     * Reads a document in the exact shape the codec writes it, without a general JSON parser.
     *
     * @param document the document
     * @return its record, or null when the document is not in the shape the codec writes (it may still
     *     be readable, or not: {@link #readBound(String)} says)
     */
    public T readFast(String document) {
        Cursor in = Cursor.of(document);
        return in == null ? null : readFast(in);
    }

    /**
     * Reads a document's UTF-8 bytes in the exact shape the codec writes it.
     *
     * @param utf8 the document's bytes
     * @return its record, or null when the document is not in that shape
     */
    public T readFast(byte[] utf8) {
        return readFast(new Cursor(utf8));
    }

    private T readFast(Cursor in) {
        try {
            in.expect('{');
            if (!in.quoted(FORMAT)) {
                return null;
            }
            in.expect(':');
            int found = in.intValue();
            in.expect(',');
            if (found < 1 || found > format || !in.quoted(kindName)) {
                return null;
            }
            in.expect(':');
            T value = fast.read(in);
            in.expect('}');
            return in.atEnd() ? value : null;
        } catch (RecordReader.GiveUp e) {
            return null;
        }
    }

    /**
     * Reads a document with the data binder.
     *
     * @param document the document
     * @return its record
     * @throws StoreException when the document is not a readable one of this kind
     */
    public T readBound(String document) {
        try (JsonParser parser = open(document)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedDocumentException("a learner " + kind + " document must be a JSON object");
            }
            int found = -1;
            T value = null;
            RuntimeException valueFailure = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if ("format".equals(name) && parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                    found = parser.getIntValue();
                } else if (kind.equals(name)) {
                    try {
                        value = binder().readValue(parser);
                    } catch (IOException | RuntimeException e) {
                        valueFailure = new MalformedDocumentException(
                                "cannot read the " + kind + " document: " + describe(e), e);
                        break;
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (found > format) {
                throw new MalformedDocumentException("the " + kind + " document has format " + found
                        + "; this version of the library reads format " + format + " and older");
            }
            if (valueFailure != null) {
                throw valueFailure;
            }
            if (found < 1) {
                throw new MalformedDocumentException("the " + kind + " document has no \"format\" number");
            }
            if (value == null) {
                throw new MalformedDocumentException("the document holds no \"" + kind + "\"");
            }
            return type.cast(value);
        } catch (IOException | IllegalArgumentException e) {
            throw new MalformedDocumentException("cannot read the " + kind + " document: " + describe(e), e);
        }
    }

    /** A parse failure in words a reader can act on: what went wrong and where, without the parser's internals. */
    static String describe(Exception e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
            var where = json.getLocation();
            String message = json.getOriginalMessage();
            int cut = message.indexOf("\n at [Source");
            message = cut >= 0 ? message.substring(0, cut) : message;
            // a value of the wrong shape: name the field by its path, and the type without its package
            message = message.replaceAll("`(?:[a-z][a-z0-9_]*\\.)+([A-Za-z0-9_$]+)`", "$1")
                    .replace(" (although at least one Creator exists)", "")
                    .replace("(no Creators, like default constructor, exist)", "");
            if (json instanceof com.fasterxml.jackson.databind.JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                var path = new StringBuilder();
                for (var ref : mapping.getPath()) {
                    if (ref.getFieldName() != null) {
                        path.append(path.length() > 0 ? "." : "").append(ref.getFieldName());
                    } else if (ref.getIndex() >= 0) {
                        path.append('[').append(ref.getIndex()).append(']');
                    }
                }
                if (path.length() > 0) {
                    message = "at \"" + path + "\": " + message;
                }
            }
            if (json instanceof com.fasterxml.jackson.core.JsonParseException) {
                message = "not valid JSON: " + message; // the parser's words alone read as jargon
            }
            return where == null || where.getLineNr() < 1 ? message
                    : message + " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
        }
        return e.getMessage();
    }

    private ObjectReader binder() {
        ObjectReader reader = binder;
        if (reader == null) {
            reader = mapper.get().readerFor(type); // immutable: two threads building one at once is harmless
            binder = reader;
        }
        return reader;
    }

    private JsonParser open(String document) throws IOException {
        JsonMapper mapper = this.mapper.get();
        if (document.indexOf(TextEscape.ESCAPE) < 0 && !containsEscapedEscape(document)) {
            return mapper.getFactory().createParser(document);
        }
        JsonNode tree = TreeUnescape.decode(mapper.readTree(document));
        return mapper.treeAsTokens(tree);
    }

    /** Whether the document writes U+FFFF as a JSON escape, in any case ({@code \uffff}, {@code \uFfFf}). */
    private static boolean containsEscapedEscape(String document) {
        for (int i = document.indexOf("\\u"); i >= 0; i = document.indexOf("\\u", i + 2)) {
            if (document.regionMatches(true, i + 2, "ffff", 0, 4)) {
                return true;
            }
        }
        return false;
    }
}
