package dev.interviewcoach.cli.internal;

import java.util.function.UnaryOperator;

/** Where the program talks to the candidate: a real terminal (line editing, live prompt) or plain streams. */
interface Console extends AutoCloseable {
    /**
     * Reads one line.
     *
     * @param prompt the prompt for the text typed so far on this line; a live console asks again
     *     every second, so a countdown or word count in it stays current
     * @param live whether to refresh the prompt while the candidate types
     * @return the line, the end of input or an interrupt
     */
    Input readLine(UnaryOperator<String> prompt, boolean live);

    /** Prints text and a newline. */
    void println(String text);

    /** How output looks here. */
    Style style();

    /** Whether a person is typing at a terminal (not a pipe). */
    boolean interactive();

    @Override
    void close();
}
