package dev.interviewcoach.core.internal.content;

import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Two syntax errors whose place the parser gets right but whose field and cause it does not: a key
 * indented deeper than the key above it, which YAML reads as more of that key's value, and a tab, where
 * YAML takes spaces only. The parser meets both while still reading the value of the key above, or
 * looking for the next key, so the field it was on is the key above; the field at fault is the one on
 * the error's own line, in the mapping being read.
 *
 * @param field the field path of the key on the error's line, or the field being read
 * @param message the problem, in an author's words
 */
record Misplaced(String field, String message) {
    /** A key as content documents write them, at the start of a line's text. */
    private static final Pattern KEY = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]|$)");

    /**
     * The problem when the error is one of the two, else empty.
     *
     * @param e the parser's error
     * @param at where it is
     * @param text the document
     * @param field the field being read when the parser failed
     * @param mapping the path of the innermost mapping being read
     * @param keyAbove that mapping's key read last, or null
     */
    static Optional<Misplaced> of(MarkedYAMLException e, Position at, String text, String field, String mapping,
            YamlNode.Scalar keyAbove) {
        String line = text.lines().skip(at.line() - 1L).findFirst().orElse("");
        int index = at.column() - 1 < line.codePointCount(0, line.length())
                ? line.offsetByCodePoints(0, at.column() - 1) : line.length();
        int indent = line.length() - line.stripLeading().length();
        var key = KEY.matcher(line.substring(indent));
        String keyHere = key.lookingAt() ? key.group(1) : null;
        boolean laterLine = keyAbove != null && at.line() > keyAbove.at().line();
        String own = laterLine && keyHere != null ? (mapping.isEmpty() ? keyHere : mapping + "." + keyHere) : field;
        String problem = String.valueOf(e.getProblem());
        if (problem.startsWith("found character") && index < line.length() && line.charAt(index) == '\t') {
            if (index >= indent) {
                return Optional.of(new Misplaced(field, "YAML syntax: a tab; YAML separates a key's ':' or a list's "
                        + "'-' from what follows with spaces only: replace the tab with a space"));
            }
            String above = laterLine ? " (`" + Excerpt.bare(keyAbove.text()) + "` above starts in column "
                    + keyAbove.at().column() + ")" : "";
            return Optional.of(new Misplaced(own, "YAML syntax: a tab in the indentation of this line; YAML indents "
                    + "with spaces only: replace the tab with spaces" + above));
        }
        if (!problem.startsWith("mapping values are not allowed here") || !laterLine) {
            return Optional.empty();
        }
        String above = "`" + Excerpt.bare(keyAbove.text()) + "`";
        int column = keyAbove.at().column();
        if (keyHere != null && indent + 1 > column) {
            return Optional.of(new Misplaced(own, "YAML syntax: `" + Excerpt.bare(keyHere) + "` starts in column "
                    + (indent + 1) + ", deeper than " + above + " above it (column " + column + "), so YAML reads it as "
                    + "more of the value of " + above + ": start it in column " + column + ", as the other keys of "
                    + "its mapping (a value that holds \": \" goes in quotes)"));
        }
        return Optional.of(new Misplaced(field, "YAML syntax: a ':' followed by a space in the value of " + above
                + ", which runs on from line " + keyAbove.at().line() + "; YAML reads it as a key: put the value in "
                + "quotes"));
    }
}
