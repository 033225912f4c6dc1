package dev.interviewcoach.graders.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads one of this module's word lists: UTF-8 lines of {@code key: value}, with blank lines and lines
 * starting with {@code #} left out. A missing resource or a line without its {@code ": "} is an error
 * that names the resource and the line.
 */
final class KeyedLines {
    /** What each line is handed to: its key, its value and its line number. */
    interface Line {
        void accept(String key, String value, int number);
    }

    private KeyedLines() {}

    static void read(String resource, String expected, Line line) {
        try (InputStream in = KeyedLines.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing grader resource " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String text;
            int number = 0;
            while ((text = reader.readLine()) != null) {
                number++;
                text = text.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                int colon = text.indexOf(": ");
                if (colon <= 0) {
                    throw new IllegalStateException(resource + ":" + number + ": expected '" + expected + "'");
                }
                line.accept(text.substring(0, colon).strip(), text.substring(colon + 2).strip(), number);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
