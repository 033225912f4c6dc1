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
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * A console on the real terminal through JLine: line editing, history kept beside the database, and
 * a prompt redrawn every second while the candidate types, which is how the countdown and the word
 * count of a pressure question stay live.
 */
final class JLineConsole implements Console {
    private static final String TICK = "coach-tick";

    private final Terminal terminal;
    private final LineReaderImpl reader;
    private final Style style;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        var t = new Thread(r, "coach-countdown");
        t.setDaemon(true);
        return t;
    });
    private volatile UnaryOperator<String> livePrompt = s -> "";

    private JLineConsole(Terminal terminal, LineReaderImpl reader, Style style) {
        this.terminal = terminal;
        this.reader = reader;
        this.style = style;
    }

    static JLineConsole open(Path historyFile, boolean noColor) {
        try {
            Terminal terminal = TerminalBuilder.builder().system(true).build();
            var reader = (LineReaderImpl) LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("coach")
                    .variable(LineReader.HISTORY_FILE, historyFile)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .build();
            boolean color = !noColor && !Terminal.TYPE_DUMB.equals(terminal.getType())
                    && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
            int width = terminal.getWidth() > 0 ? terminal.getWidth() : 80;
            var console = new JLineConsole(terminal, reader, new Style(color, width));
            reader.getWidgets().put(TICK, console::tick);
            return console;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal: " + e.getMessage(), e);
        }
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
        try {
            return Input.line(reader.readLine(prompt.apply("")));
        } catch (UserInterruptException e) {
            return Input.interrupt();
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

    @Override
    public Style style() {
        return style;
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        try {
            reader.getHistory().save();
            terminal.close();
        } catch (IOException e) {
            // the history is a convenience; losing its last lines loses no answer
        }
    }
}
