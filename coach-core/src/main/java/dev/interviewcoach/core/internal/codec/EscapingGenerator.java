package dev.interviewcoach.core.internal.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;

/** Writes every string value and property name in its stored form ({@link TextEscape}). */
public final class EscapingGenerator extends JsonGeneratorDelegate {
    /**
     * A generator writing to another.
     *
     * @param target where the JSON goes
     */
    public EscapingGenerator(JsonGenerator target) {
        super(target, false);
    }

    @Override
    public void writeString(String text) throws IOException {
        delegate.writeString(text == null ? null : TextEscape.encode(text));
    }

    @Override
    public void writeString(char[] text, int offset, int len) throws IOException {
        writeString(new String(text, offset, len));
    }

    @Override
    public void writeString(SerializableString text) throws IOException {
        String value = text.getValue();
        String encoded = TextEscape.encode(value);
        if (encoded == value) {
            delegate.writeString(text);
        } else {
            delegate.writeString(encoded);
        }
    }

    @Override
    public void writeFieldName(String name) throws IOException {
        delegate.writeFieldName(TextEscape.encode(name));
    }

    @Override
    public void writeFieldName(SerializableString name) throws IOException {
        String value = name.getValue();
        String encoded = TextEscape.encode(value);
        if (encoded == value) {
            delegate.writeFieldName(name);
        } else {
            delegate.writeFieldName(encoded);
        }
    }
}
