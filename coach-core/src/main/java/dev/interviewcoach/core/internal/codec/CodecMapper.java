package dev.interviewcoach.core.internal.codec;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The data binder of the learner documents: how every record is written, and read when not fast. */
public final class CodecMapper {
    private CodecMapper() {}

    /**
     * A new mapper.
     *
     * @return the mapper
     */
    public static JsonMapper create() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("learner-codec").setSerializerModifier(new RecordComponentsOnly())
                        .addDeserializer(LocalDate.class, new FastTime.Dates())
                        .addDeserializer(Instant.class, new FastTime.Instants()))
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
        // a document this codec wrote must always read back, however long an answer or a preference's name is
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(Integer.MAX_VALUE).maxNameLength(Integer.MAX_VALUE).build());
        return mapper;
    }
}
