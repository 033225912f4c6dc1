package dev.interviewcoach.cli.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A question's text laid out for the terminal's width. Content writes scenarios as literal blocks:
 * prose hard-wrapped at the author's width, then logs, queries or configuration line by line. A prose
 * paragraph is joined into one line, so it wraps at the terminal's width instead of breaking at the
 * author's; a list keeps its items, each wrapping under itself; every line of any other paragraph (a
 * log, a table, code) is kept as a line of its own, all of them moved in alike so the block keeps its
 * own indentation, and one too long for the terminal continues two columns deeper than it starts
 * ({@link Style#wrap}) rather than at the left edge, where its continuation would read as another line.
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
        } else if (paragraph.stream().allMatch(PromptLayout::listLine)) {
            // a list under its heading: its items wrap as items, and lines indented under them are kept
            out.addAll(paragraph);
        } else {
            // a block (code, a log, a table): every line moves in by one space, which marks it to be kept as a
            // line of its own and keeps the block's own indentation, so no line of it sticks out of the rest
            for (String line : paragraph) {
                out.add(" " + line);
            }
        }
        paragraph.clear();
    }

    /** A line of a list: an item, a heading over items, or a line indented under them. */
    private static boolean listLine(String line) {
        return line.startsWith("- ") || line.startsWith("* ") || line.strip().endsWith(":")
                || Character.isWhitespace(line.charAt(0));
    }

    /**
     * Whether every line of a paragraph reads as running text: opened by a word, no code or log signs; its
     * last line may end with a colon, introducing the block that follows ("The endpoint runs:").
     */
    static boolean prose(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String t = line.strip();
            if (Style.preformatted(line) || t.isEmpty()) {
                return false;
            }
            char c = t.charAt(0);
            if (!(Character.isLetter(c) || c == '"' || c == '\u201C' || c == '(' || c == '\'')) {
                return false;
            }
            if (t.contains("=") || t.contains("|") || t.contains("{") || t.contains("->")
                    || t.endsWith(":") && i < lines.size() - 1) {
                return false;
            }
        }
        return true;
    }
}
