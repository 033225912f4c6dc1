package dev.interviewcoach.cli.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * How text looks on this output: ANSI colours where the terminal supports them (none when piped or
 * {@code NO_COLOR} is set) and wrapping to the terminal's width.
 */
public record Style(boolean color, int width) {
    /** Validates the width. */
    public Style {
        if (width < 20) {
            width = 20;
        }
    }

    /** Plain text, 80 columns. */
    static Style plain() {
        return new Style(false, 80);
    }

    String bold(String s) {
        return sgr("1", s);
    }

    String dim(String s) {
        return sgr("2", s);
    }

    String green(String s) {
        return sgr("32", s);
    }

    String red(String s) {
        return sgr("31", s);
    }

    String yellow(String s) {
        return sgr("33", s);
    }

    String cyan(String s) {
        return sgr("36", s);
    }

    /** A 256-colour background for a mastery shade, or the text alone without colour. */
    String shade(double probability, String s) {
        if (!color) {
            return s;
        }
        int[] ramp = {238, 52, 94, 136, 64, 28};
        int code = ramp[Math.min(ramp.length - 1, (int) Math.floor(probability * (ramp.length - 1) + 0.5))];
        return "\u001b[48;5;" + code + "m" + s + "\u001b[0m";
    }

    private String sgr(String code, String s) {
        return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }

    /**
     * Wraps text to the width, each line starting with {@code indent}; paragraphs and lines that
     * start with "- " keep their breaks, lines laid out by hand (indented, or aligned with runs of
     * spaces) are kept as they are, and escape sequences take no width.
     *
     * @param text the text
     * @param indent the indent of every line
     * @return the wrapped lines joined with newlines
     */
    String wrap(String text, String indent) {
        return wrap(text, indent, indent);
    }

    String wrap(String text, String first, String rest) {
        var out = new ArrayList<String>();
        boolean firstLine = true;
        for (String paragraph : text.strip().split("\n", -1)) {
            String lead = firstLine ? first : rest;
            firstLine = false;
            if (paragraph.isBlank()) {
                out.add("");
                continue;
            }
            if (preformatted(paragraph)) {
                out.addAll(breakPreformatted(lead, paragraph.stripTrailing()));
                continue;
            }
            String hanging = paragraph.startsWith("- ") ? rest + "  " : rest;
            out.addAll(wrapLine(paragraph.strip(), lead, hanging));
        }
        return String.join("\n", out);
    }

    /**
     * Whether a line is laid out by hand and must keep its spaces: indented (code, log lines) or
     * aligned in columns with runs of spaces (a query result, a table).
     */
    static boolean preformatted(String line) {
        String text = line.stripTrailing();
        return !text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || text.strip().contains("  "));
    }

    /**
     * How many columns a text takes on the terminal: its escape sequences take none, a wide character
     * (CJK, an emoji such as ✅) two, a combining mark none, as JLine's {@code WCWidth} counts them.
     */
    static int visibleLength(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\u001B' && i + 1 < text.length() && text.charAt(i + 1) == '[') {
                i += 2;
                while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == ';')) {
                    i++;
                }
                continue; // i is on the sequence's final letter
            }
            int cp = Character.codePointAt(text, i);
            if (Character.charCount(cp) == 2) {
                i++;
            }
            int columns = org.jline.utils.WCWidth.wcwidth(cp);
            n += columns < 0 ? 1 : columns; // a control character other than an escape sequence: as before, one
        }
        return n;
    }

    /**
     * A line laid out by hand, kept as it is when it fits; a longer one (a log line, a long query, a wide
     * table row) is broken at a space where it can be, else at the edge, and continues under its own
     * indentation and two more spaces, so it does not run on at the terminal's first column.
     */
    private List<String> breakPreformatted(String lead, String line) {
        int room = width; // a line as wide as the terminal still fits on one row
        var lines = new ArrayList<String>();
        String rest = lead + line;
        int indent = 0;
        while (indent < line.length() && Character.isWhitespace(line.charAt(indent))) {
            indent++;
        }
        String hanging = lead + line.substring(0, indent) + "  ";
        // a continuation needs room for some text after its indentation
        if (visibleLength(hanging) > room / 2 || rest.indexOf('\u001B') >= 0) {
            return List.of(rest);
        }
        while (visibleLength(rest) > room) {
            int cut = rest.lastIndexOf(' ', room);
            if (cut <= visibleLength(hanging)) {
                cut = Character.isLowSurrogate(rest.charAt(room)) ? room - 1 : room;
            }
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = hanging + rest.substring(cut).stripLeading();
        }
        lines.add(rest);
        return lines;
    }

    private List<String> wrapLine(String paragraph, String lead, String hanging) {
        var lines = new ArrayList<String>();
        var line = new StringBuilder(lead);
        int used = visibleLength(lead);
        int room = width - 1;
        boolean empty = true;
        for (String word : paragraph.split(" +")) {
            int length = visibleLength(word);
            if (!empty && used + 1 + length > room) {
                lines.add(line.toString());
                line = new StringBuilder(hanging);
                used = visibleLength(hanging);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
                used++;
            }
            line.append(word);
            used += length;
            empty = false;
        }
        lines.add(line.toString());
        return lines;
    }
}
