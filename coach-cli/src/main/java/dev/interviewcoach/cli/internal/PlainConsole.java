package dev.interviewcoach.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * A console on plain streams (a pipe, a file, a test): prompts are printed once, lines are read as
 * they come, and a line longer than {@link #MAX_LINE_CHARS} keeps only its start, so a huge paste
 * never fills the memory.
 */
final class PlainConsole implements Console {
    /** The longest line kept whole; the rest of a longer line is read and dropped. */
    static final int MAX_LINE_CHARS = 256 * 1024;

    /** The prompt of an ordinary answer line, not printed on a pipe where it would only clutter the transcript. */
    static final String PLAIN_PROMPT = "> ";

    private final Reader in;
    private final PrintStream out;
    private final Style style;

    /** Whether a person types the input (a dumb terminal), so even the plain prompt is shown. */
    private final boolean typing;

    PlainConsole(InputStream in, PrintStream out, Style style) {
        this(in, out, style, false);
    }

    PlainConsole(InputStream in, PrintStream out, Style style, boolean typing) {
        this.in = new InputStreamReader(in, StandardCharsets.UTF_8);
        this.out = out;
        this.style = style;
        this.typing = typing;
    }

    @Override
    public Input readLine(UnaryOperator<String> prompt, boolean live) {
        String shown = prompt.apply("");
        if (typing || !shown.equals(PLAIN_PROMPT)) {
            out.print(shown);
            out.flush();
        }
        try {
            var line = new StringBuilder();
            boolean complete = true;
            int c = in.read();
            if (c < 0) {
                return Input.end();
            }
            while (c >= 0 && c != '\n') {
                if (line.length() < MAX_LINE_CHARS) {
                    line.append((char) c);
                } else {
                    complete = false;
                }
                c = in.read();
            }
            int last = line.length() - 1;
            if (last >= 0 && line.charAt(last) == '\r') {
                line.setLength(last);
            }
            return new Input(Input.Kind.LINE, line.toString(), complete);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the input: " + e.getMessage(), e);
        }
    }

    @Override
    public void println(String text) {
        out.println(text);
        out.flush();
    }

    @Override
    public Style style() {
        return style;
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public void close() {
        out.flush();
    }
}
