package dev.interviewcoach.cli.internal;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Prompt;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Reads one multi-line answer: lines until an empty line twice or the end of input, with the
 * commands {@code :hint}, {@code :skip} and {@code :quit} on a line of their own, also after lines of
 * an answer (which {@code :skip} and {@code :quit} then drop). On a question with a
 * time limit or word budget the prompt shows the time left and the words so far.
 */
final class AnswerReader {
    /** What the candidate did with the question. */
    sealed interface Result {}

    /** An answer, with the hints it took. */
    record Answered(String text, int hintsUsed, Duration time) implements Result {}

    /** {@code :skip}. */
    record Skipped() implements Result {}

    /**
     * {@code :quit}, the end of input before any answer, or Ctrl-C; with the lines typed for the
     * question and not sent, which are not kept (empty when there were none).
     */
    record Quit(boolean interrupted, String unsent) implements Result {
        Quit(boolean interrupted) {
            this(interrupted, "");
        }
    }

    /**
     * An answer over the size limit: not sent, and not kept beyond this result, which hands it back so
     * the candidate can copy and shorten it.
     *
     * @param bytes its size in UTF-8 bytes, or, when {@code atLeast}, the bytes read before the reader
     *     stopped taking a line too long to keep
     * @param atLeast whether the answer was longer than {@code bytes}
     * @param text the answer as typed, or empty when it was too long to hold whole (a line longer than the
     *     console keeps, or more than {@link AnswerReader#HANDED_BACK} times the limit): a paste that size
     *     was not typed here, so the candidate has it where it came from, and printing it back would only
     *     flood the terminal
     */
    record TooLarge(long bytes, boolean atLeast, String text) implements Result {
        TooLarge(long bytes, boolean atLeast) {
            this(bytes, atLeast, "");
        }
    }

    /** Up to how many times the size limit an answer over it is held, to be handed back whole. */
    static final int HANDED_BACK = 4;

    private final Console console;
    private final Clock clock;
    private final int maxBytes;

    AnswerReader(Console console, Clock clock, int maxBytes) {
        this.console = console;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** The line said before every answer. */
    static String instructions(boolean interactive) {
        return interactive
                ? "Finish with an empty line twice or Ctrl-D · :hint · :skip · :quit · :help"
                : "Finish with an empty line twice or the end of input · :hint · :skip · :quit (saved) · :help";
    }

    Result read(Prompt prompt, List<String> hints) {
        return read(prompt, hints, clock.instant());
    }

    /** A line of a colon and one word, which no answer is: a command, known or mistyped. */
    private static final java.util.regex.Pattern UNKNOWN_COMMAND = java.util.regex.Pattern.compile(":[\\p{L}?]+");

    Result read(Prompt prompt, List<String> hints, Instant shownAt) {
        return read(prompt, hints, shownAt, 0);
    }

    /**
     * Reads an answer to a question shown at {@code shownAt}: the countdown and the time taken count from
     * then, as the coach counts them, so a question left and resumed the same day goes on with the time
     * it had left rather than a full clock (one shown on an earlier day is shown anew by the coach, with
     * its time from now). A time in the future (another machine's clock) counts from now.
     *
     * @param given how many of the hints the question came with (a recovery shows its first): {@code
     *     :hint} goes on from the next one, and only the hints asked for count as used
     */
    Result read(Prompt prompt, List<String> hints, Instant shownAt, int given) {
        var text = new StringBuilder();
        long bytes = 0;
        boolean tooLarge = false;
        boolean cut = false;
        // whether the text typed is all in {@code text}: false once it grew past what is handed back
        boolean held = true;
        int hintsUsed = 0;
        boolean lastEmpty = false;
        int emptyBeforeText = 0;
        Instant now = clock.instant();
        Instant start = shownAt.isBefore(now) ? shownAt : now;
        boolean pressure = prompt.timeLimit().isPresent() || prompt.wordBudget().isPresent();
        while (true) {
            String sofar = tooLarge ? "" : text.toString();
            Input in = console.readLine(buffer -> promptFor(prompt, start, sofar, buffer), pressure && console.interactive());
            if (in.kind() == Input.Kind.INTERRUPT) {
                return new Quit(true, tooLarge && !held ? "" : (text + in.text()).strip());
            }
            if (in.kind() == Input.Kind.END) {
                if (tooLarge) {
                    return tooLarge(bytes, cut, held, text);
                }
                return blank(text) ? new Quit(false) : answered(text, hintsUsed, start);
            }
            String line = in.text();
            String command = line.strip().toLowerCase(java.util.Locale.ROOT);
            // a command on a line of its own acts whatever was typed before it: no answer says ":skip" alone
            switch (command) {
                case ":quit", ":q" -> { return new Quit(false, tooLarge && !held ? "" : text.toString().strip()); }
                case ":skip" -> { return new Skipped(); }
                default -> { }
            }
            if (command.equals(":help") || command.equals(":?")) {
                console.println(console.style().wrap("Type your answer over as many lines as you like; an empty line "
                        + "twice sends it" + (console.interactive() ? " (or Ctrl-D)" : "") + ". On a line of its own: "
                        + ":hint shows the next hint (each hint used lowers the credit a little), :skip records a skip "
                        + "(counted as a score of 0, so it lowers that rung's mastery like a wrong answer) and shows "
                        + "what a good answer covers, :quit stops here (everything answered is saved; the "
                        + "question waits), :help shows this. What you typed so far is kept.", "  "));
                continue;
            }
            if (command.equals(":hint")) {
                if (given + hintsUsed < hints.size()) {
                    console.println(console.style().wrap(console.style().yellow("Hint " + (given + hintsUsed + 1) + ": ")
                            + hints.get(given + hintsUsed), "  "));
                    hintsUsed++;
                } else {
                    console.println(hints.isEmpty() ? "  This question has no hints."
                            : "  No more hints for this question.");
                }
                continue;
            }
            if (UNKNOWN_COMMAND.matcher(command).matches()) {
                // ":hnit" is a command mistyped, not a line of an answer: sent, it would be graded as one
                console.println(console.style().wrap("Unknown command " + command + ": the commands are :hint, :skip, "
                        + ":quit and :help. That line is not part of your answer; what you typed before it is kept.", "  "));
                continue;
            }
            if (line.isEmpty()) {
                if (lastEmpty && (!blank(text) || tooLarge)) {
                    return tooLarge ? tooLarge(bytes, cut, held, text) : answered(text, hintsUsed, start);
                }
                if (blank(text) && !tooLarge) {
                    if (++emptyBeforeText == 2) {
                        console.println(console.style().dim("  Nothing typed yet: type your answer, then an empty line "
                                + "twice; or :hint, :skip, :quit."));
                    }
                    continue;
                }
                lastEmpty = true;
            } else {
                // a pasted block that ended in a line break, accepted with Enter, already ends in an empty
                // line: one more Enter sends it, as after typing
                lastEmpty = line.indexOf('\n') >= 0 && line.endsWith("\n") && !line.isBlank();
            }
            bytes += line.getBytes(StandardCharsets.UTF_8).length + 1L;
            if (!in.complete() || bytes > maxBytes) {
                tooLarge = true;
                cut |= !in.complete();
                bytes = Math.max(bytes, maxBytes + 1L);
            }
            // an answer over the limit is still held, up to a bound, to be handed back whole
            held &= !cut && bytes <= (long) HANDED_BACK * maxBytes;
            if (held) {
                text.append(line).append('\n');
            } else {
                text.setLength(0);
            }
            if (in.last() && (!blank(text) || tooLarge)) {
                return tooLarge ? tooLarge(bytes, cut, held, text) : answered(text, hintsUsed, start);
            }
        }
    }

    private static TooLarge tooLarge(long bytes, boolean cut, boolean held, StringBuilder text) {
        return new TooLarge(bytes, cut, held ? text.toString().strip() : "");
    }

    private Answered answered(StringBuilder text, int hints, Instant start) {
        return new Answered(text.toString().strip(), hints, Duration.between(start, clock.instant()));
    }

    private String promptFor(Prompt prompt, Instant start, String sofar, String buffer) {
        if (prompt.timeLimit().isEmpty() && prompt.wordBudget().isEmpty()) {
            return "> ";
        }
        var parts = new StringBuilder();
        prompt.timeLimit().ifPresent(limit -> {
            long left = limit.minus(Duration.between(start, clock.instant())).toSeconds();
            parts.append(left > 0 ? String.format("%d:%02d left", left / 60, left % 60) : "time's up");
        });
        prompt.wordBudget().ifPresent(budget -> {
            if (parts.length() > 0) {
                parts.append(" · ");
            }
            parts.append(Answer.of(sofar + " " + buffer).wordCount()).append('/').append(budget).append(" words");
        });
        return console.style().cyan("[" + parts + "]") + " > ";
    }

    /** Whether nothing readable was typed: white space, no-break or zero-width characters only. */
    private static boolean blank(CharSequence text) {
        return Answer.of(text.toString()).isBlank();
    }
}
