package dev.interviewcoach.core.internal.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.interviewcoach.api.ContentException;
import java.io.IOException;
import java.io.InputStream;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads one YAML document into its document type strictly (unknown fields, duplicate keys, missing
 * required fields and type mismatches are errors) and remembers where each object started, so
 * later checks can name the line and column too.
 */
final class DocumentReader {
    /** Where each parsed document object began, by identity. */
    static final class Locations {
        private final Map<Object, JsonLocation> byObject = new IdentityHashMap<>();

        void put(Object value, JsonLocation location) {
            byObject.putIfAbsent(value, location);
        }

        int line(Object value) {
            var l = byObject.get(value);
            return l == null ? 0 : l.getLineNr();
        }

        int column(Object value) {
            var l = byObject.get(value);
            return l == null ? 0 : l.getColumnNr();
        }
    }

    private static final ObjectMapper MAPPER = createMapper();

    private DocumentReader() {}

    private static ObjectMapper createMapper() {
        var factory = YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        var mapper = new ObjectMapper(factory);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // The schema types are strict; so is the loader: a number is not a string and vice versa.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Collection).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        var module = new SimpleModule("interview-coach-content");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
                return beanDesc.getBeanClass().getEnclosingClass() == Docs.class
                        ? new Locating(deserializer) : deserializer;
            }
        });
        mapper.registerModule(module);
        return mapper;
    }

    /** Records the start location of every document object it deserializes. */
    private static final class Locating extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        Locating(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Locating(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonLocation start = p.currentTokenLocation();
            Object value = super.deserialize(p, ctxt);
            if (value != null && ctxt.getAttribute(Locations.class) instanceof Locations locations) {
                locations.put(value, start);
            }
            return value;
        }
    }

    /**
     * Parses a document.
     *
     * @param resource the document name, for errors
     * @param in its bytes
     * @param type the document type
     * @param locations where to record object locations
     * @return the document, never null
     */
    static <T> T read(String resource, InputStream in, Class<T> type, Locations locations) {
        try {
            T value = MAPPER.readerFor(type).withAttribute(Locations.class, locations).readValue(in);
            if (value == null) {
                throw new ContentException(resource, 1, 1, "", "the document is empty");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw translate(resource, e);
        } catch (IOException e) {
            throw new ContentException(resource, 0, 0, "", "cannot be read: " + e.getMessage());
        }
    }

    private static ContentException translate(String resource, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        int line = loc == null ? 0 : loc.getLineNr();
        int column = loc == null ? 0 : loc.getColumnNr();
        String field = "";
        String problem = e.getOriginalMessage();
        if (e instanceof JsonMappingException m) {
            field = path(m);
            if (m instanceof UnrecognizedPropertyException u) {
                problem = "unknown field '" + u.getPropertyName() + "'; known fields: "
                        + u.getKnownPropertyIds().stream().map(Object::toString).sorted()
                                .collect(Collectors.joining(", "));
            } else if (m instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
                problem = "'" + f.getValue() + "' is not one of "
                        + java.util.Arrays.toString(f.getTargetType().getEnumConstants());
            } else if (m instanceof MismatchedInputException mi && problem.startsWith("Missing required creator property")) {
                problem = "missing required field " + problem.replaceFirst(".*property '([^']*)'.*", "'$1'");
            }
        }
        return new ContentException(resource, line, column, field, problem);
    }

    private static String path(JsonMappingException m) {
        var sb = new StringBuilder();
        for (var ref : m.getPath()) {
            if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            }
        }
        return sb.toString();
    }
}
