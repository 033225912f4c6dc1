package dev.interviewcoach.graders.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Lettered options of a question ("(a) A resource was created. (b) ..."), and the option letters an
 * answer names: {@code (d)}, {@code d)} or, at the start of a line, {@code d.} and {@code d:}. An
 * answer that says "(d) 409 Conflict" answers option (d), so its words meet the option's.
 */
final class Options {
    private static final Pattern MARKER = Pattern.compile("(?:^|\\s)\\(([a-hA-H])\\)\\s+|(?m)^\\s*([a-hA-H])\\)\\s+");

    private Options() {}

    /** The options of a question by lowercase letter; empty unless it has at least two. */
    static Map<Character, String> of(String question) {
        var matcher = MARKER.matcher(question);
        var letters = new HashMap<Character, Integer>();
        var starts = new java.util.ArrayList<int[]>();
        while (matcher.find()) {
            String letter = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            starts.add(new int[] {Character.toLowerCase(letter.charAt(0)), matcher.start(), matcher.end()});
        }
        var options = new HashMap<Character, String>();
        for (int i = 0; i < starts.size(); i++) {
            int[] s = starts.get(i);
            int textEnd = i + 1 < starts.size() ? starts.get(i + 1)[1] : question.length();
            char letter = (char) s[0];
            if (letters.put(letter, i) == null) {
                options.put(letter, question.substring(s[2], textEnd).strip());
            }
        }
        return options.size() >= 2 ? Map.copyOf(options) : Map.of();
    }

    /** The letter of the option this one-letter token names, or null when it names none. */
    static Character named(String text, int start, int end, String surface, Map<Character, String> options) {
        if (options.isEmpty() || end - start != 1 || surface.length() != 1) {
            return null;
        }
        Character option = surface.charAt(0);
        if (!options.containsKey(option)) {
            return null;
        }
        char before = start > 0 ? text.charAt(start - 1) : '\n';
        char after = end < text.length() ? text.charAt(end) : ' ';
        if (before == '(' && after == ')') {
            return option;
        }
        boolean lineStart = true;
        for (int i = start - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                lineStart = false;
                break;
            }
        }
        return lineStart && (after == ')' || after == '.' || after == ':') ? option : null;
    }
}
