package dev.interviewcoach.core.internal.codec;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a record as exactly its components: derived getters such as {@code Grade.isScored()} would
 * otherwise be written as properties no constructor can take back.
 */
public final class RecordComponentsOnly extends BeanSerializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public List<BeanPropertyWriter> changeProperties(
            SerializationConfig config, BeanDescription description, List<BeanPropertyWriter> properties) {
        Class<?> type = description.getBeanClass();
        if (!type.isRecord()) {
            return properties;
        }
        Set<String> components = Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toSet());
        List<BeanPropertyWriter> kept = properties.stream().filter(p -> components.contains(p.getName())).toList();
        if (kept.size() != components.size()) {
            throw new IllegalStateException("cannot write every component of " + type.getName() + ": found "
                    + kept.stream().map(BeanPropertyWriter::getName).toList() + " of " + components);
        }
        return kept;
    }
}
