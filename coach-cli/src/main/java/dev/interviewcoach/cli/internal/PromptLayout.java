package dev.interviewcoach.cli.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A question's text laid out for the terminal's width. Content writes scenarios as literal blocks:
 * prose hard-wrapped at the author's width, then logs, queries or configuration line by line. A prose
 * paragraph is joined into one line, so it wraps at the terminal's width instead of breaking at the
 * author's; every line of any other paragraph (a log, a table, code) is kept as a line of its own, and
 * one too long for the terminal continues indented under itself rather than at the left edge, where
 * its continuation would read as another log line.
 */
final class PromptLayout {
    private PromptLayout() {}

    /**
     * The text with its prose paragraphs joined and its other lines marked to be kept as they are.
     *
     * @param text the question's full text
     * @return the text to hand to {@link Style#wrap}
     */
    static String of(String text) {
        var out = new ArrayList<String>();
        var paragraph = new ArrayList<String>();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                flush(paragraph, out);
                out.add("");
            } else {
                paragraph.add(line);
            }
        }
        flush(paragraph, out);
        return String.join("\n", out);
    }

    private static void flush(List<String> paragraph, List<String> out) {
        if (paragraph.isEmpty()) {
            return;
        }
        if (prose(paragraph)) {
            out.add(String.join(" ", paragraph.stream().map(String::strip).toList()));
        } else {
            for (String line : paragraph) {
                // a list item or a heading wraps as before; any other line is kept as a line of its own
                boolean plain = line.startsWith("- ") || line.startsWith("* ") || line.strip().endsWith(":");
                out.add(plain || Style.preformatted(line) ? line : " " + line);
            }
        }
        paragraph.clear();
    }

    /** Whether every line of a paragraph reads as running text: opened by a word, no code or log signs. */
    static boolean prose(List<String> lines) {
        for (String line : lines) {
            String t = line.strip();
            if (Style.preformatted(line) || t.isEmpty()) {
                return false;
            }
            char c = t.charAt(0);
            if (!(Character.isLetter(c) || c == '"' || c == '\u201C' || c == '(' || c == '\'')) {
                return false;
            }
            if (t.contains("=") || t.contains("|") || t.contains("{") || t.contains("->") || t.endsWith(":")) {
                return false;
            }
        }
        return true;
    }
}
