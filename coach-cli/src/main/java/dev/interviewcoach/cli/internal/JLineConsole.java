package dev.interviewcoach.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * A console on the real terminal through JLine: line editing, recall of this run's lines, and
 * a prompt redrawn every second while the candidate types, which is how the countdown and the word
 * count of a pressure question stay live.
 */
final class JLineConsole implements Console {
    private static final String TICK = "coach-tick";
    private static final String END = "coach-end";

    private final Terminal terminal;
    private final ThrottledReader reader;
    private final boolean color;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        var t = new Thread(r, "coach-countdown");
        t.setDaemon(true);
        return t;
    });
    private volatile UnaryOperator<String> livePrompt = s -> "";
    /** Set by Ctrl-D at the end of a line with text: the line read is the last of the input. */
    private boolean endAfterLine;

    private JLineConsole(Terminal terminal, ThrottledReader reader, boolean color) {
        this.terminal = terminal;
        this.reader = reader;
        this.color = color;
        ticker.scheduleWithFixedDelay(() -> {
            try {
                if (reader.behind && reader.isReading()) {
                    reader.callWidget(LineReader.REDISPLAY);
                }
            } catch (RuntimeException e) {
                // the line was finished meanwhile; it was drawn then
            }
        }, 300, 300, TimeUnit.MILLISECONDS);
    }

    /**
     * Opens the terminal. Lines typed are recalled (up arrow) during this run only: they are answers,
     * which the coach keeps in the learner's store alone, so nothing typed is written to a file.
     *
     * @param formerHistory where an earlier version kept every line typed; removed if it is there
     * @param noColor whether colour is off
     */
    static JLineConsole open(Path formerHistory, boolean noColor) {
        try {
            java.nio.file.Files.deleteIfExists(formerHistory);
        } catch (IOException e) {
            // not ours to insist on; it holds nothing the coach reads
        }
        try {
            Terminal terminal = TerminalBuilder.builder().system(true).build();
            var reader = new ThrottledReader(terminal);
            reader.setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION);
            boolean color = !noColor && !Terminal.TYPE_DUMB.equals(terminal.getType())
                    && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
            var console = new JLineConsole(terminal, reader, color);
            reader.getWidgets().put(TICK, console::tick);
            reader.getWidgets().put(END, console::end);
            reader.getKeyMaps().get(LineReader.MAIN).bind(new org.jline.reader.Reference(END),
                    org.jline.keymap.KeyMap.ctrl('D'));
            return console;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal: " + e.getMessage(), e);
        }
    }

    /**
     * Ctrl-D: on an empty line the end of input, as in any terminal program; at the end of a line with
     * text, that line is sent as the last of the answer (the footer says Ctrl-D finishes an answer, and
     * a candidate presses it right after their last word); inside a line, it deletes the character
     * under the cursor, as JLine's own binding does.
     */
    private boolean end() {
        var buffer = reader.getBuffer();
        if (buffer.length() == 0) {
            throw new EndOfFileException();
        }
        if (buffer.cursor() < buffer.length()) {
            reader.callWidget(LineReader.DELETE_CHAR);
            return true;
        }
        endAfterLine = true;
        reader.callWidget(LineReader.ACCEPT_LINE);
        return true;
    }

    private boolean tick() {
        reader.setPrompt(livePrompt.apply(reader.getBuffer().toString()));
        reader.callWidget(LineReader.REDISPLAY);
        return true;
    }

    @Override
    public Input readLine(UnaryOperator<String> prompt, boolean live) {
        livePrompt = prompt;
        var task = live ? ticker.scheduleAtFixedRate(() -> {
            try {
                if (reader.isReading()) {
                    reader.callWidget(TICK);
                }
            } catch (RuntimeException e) {
                // the line was finished between the check and the call; the next line has its own prompt
            }
        }, 1, 1, TimeUnit.SECONDS) : null;
        endAfterLine = false;
        try {
            String line = reader.readLine(prompt.apply(""));
            return endAfterLine ? Input.lastLine(line) : Input.line(line);
        } catch (UserInterruptException e) {
            return Input.interrupt(e.getPartialLine());
        } catch (EndOfFileException e) {
            return Input.end();
        } finally {
            if (task != null) {
                task.cancel(false);
            }
        }
    }

    @Override
    public void println(String text) {
        terminal.writer().println(text);
        terminal.flush();
    }

    /** The style at the terminal's width now, which follows a resized window. */
    @Override
    public Style style() {
        int columns = terminal.getSize().getColumns();
        return new Style(color, columns > 0 ? columns : 80);
    }

    @Override
    public boolean interactive() {
        return true;
    }

    /**
     * JLine's reader, redrawing a very long line at most every quarter second. A terminal that pastes
     * without bracketed paste sends the text in chunks, and redrawing the whole line after each chunk
     * made a long one-line paste quadratic (100 KB took minutes). A skipped redraw is made by the
     * console's ticker a quarter second later, and the finished line is always drawn.
     */
    private static final class ThrottledReader extends LineReaderImpl {
        private static final int LONG_LINE = 2048;
        private static final long INTERVAL_NANOS = 250_000_000L;
        private long last = System.nanoTime() - INTERVAL_NANOS;
        private boolean finishing;
        /** A redraw was skipped; the console's ticker draws it once the interval has passed. */
        volatile boolean behind;

        ThrottledReader(Terminal terminal) {
            super(terminal, "coach", new java.util.HashMap<>());
        }

        @Override
        protected void redisplay(boolean flush) {
            long now = System.nanoTime();
            if (!finishing && buf.length() > LONG_LINE && now - last < INTERVAL_NANOS) {
                behind = true;
                return;
            }
            behind = false;
            last = now;
            super.redisplay(flush);
        }

        @Override
        protected void cleanup() {
            finishing = true;
            try {
                super.cleanup();
            } finally {
                finishing = false;
            }
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        try {
            terminal.close();
        } catch (IOException e) {
            // the process ends; the terminal is restored by the shell
        }
    }
}
