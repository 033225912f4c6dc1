package dev.interviewcoach.graders.internal;

/**
 * Where sentences end, whatever the layout: a full stop followed by space, {@code ! ? ;}, a blank
 * line, a line that starts a list item, a line break after a short line (a list of terse lines) or
 * inside a fenced code block.
 * A line break inside hard-wrapped prose (the line before it is long and the next does not start a
 * list item) does not end a sentence, so wrapping an answer at 72 columns changes nothing.
 */
final class Layout {
    /** A line at least this long, broken without punctuation, is taken as hard-wrapped prose. */
    static final int WRAPPED_LINE = 40;

    private Layout() {}

    /**
     * Whether a sentence ends between two tokens. Reads the gap whole, to follow code fences: a line of
     * a fenced block ({@code ```}) is a statement of its own, however long, and a fence ends a sentence.
     *
     * @param fence the reader's state: whether it stands inside a fenced block, updated here
     */
    static boolean sentenceBreak(String text, int from, int to, boolean[] fence) {
        boolean ends = false;
        for (int c = Math.max(0, from); c < to; c++) {
            char ch = text.charAt(c);
            if (ch == '`' && text.startsWith("```", c)) {
                fence[0] = !fence[0];
                ends = true;
                c += 2;
            } else if (ch == '!' || ch == '?' || ch == ';'
                    || (ch == '.' && (c + 1 >= text.length() || Character.isWhitespace(text.charAt(c + 1)))
                            && !abbreviation(text, c) && !elision(text, c))
                    || (ch == '\n' && (fence[0] || lineBreakEndsSentence(text, c)))) {
                ends = true;
            }
        }
        return ends;
    }

    /** Abbreviations whose full stop ends no sentence ("after the commit, e.g. through an outbox"). */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("e.g", "eg", "i.e", "ie", "vs", "cf",
            "approx", "incl", "esp", "resp", "viz", "w.r.t", "wrt", "a.k.a", "aka");

    /**
     * Whether the full stop at {@code dot} closes an abbreviation rather than a sentence: one of {@link
     * #ABBREVIATIONS}, or "etc." before a word that does not start with a capital.
     */
    private static boolean abbreviation(String text, int dot) {
        int start = dot;
        // the longest abbreviation has six characters: a longer word is none, however long it runs
        while (start > 0 && dot - start <= 6
                && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        if (dot - start > 6) {
            return false;
        }
        String word = text.substring(start, dot).toLowerCase(java.util.Locale.ROOT);
        if (ABBREVIATIONS.contains(word)) {
            return true;
        }
        if (!word.equals("etc")) {
            return false;
        }
        int next = dot + 1;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next < text.length() && !Character.isUpperCase(text.charAt(next));
    }

    /**
     * Whether the full stop at {@code dot} closes an ellipsis that leaves words out of one sentence
     * rather than ending it: "SELECT version ... FOR UPDATE", "we could ... maybe shard". An ellipsis
     * still ends a sentence before a word that starts one (a capital, then small letters: "... Then").
     */
    private static boolean elision(String text, int dot) {
        if (dot < 2 || text.charAt(dot - 1) != '.' || text.charAt(dot - 2) != '.') {
            return false;
        }
        int next = dot + 1;
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
            next++;
        }
        if (next >= text.length()) {
            return false;
        }
        char first = text.charAt(next);
        return Character.isLowerCase(first) || Character.isUpperCase(first) && next + 1 < text.length()
                && Character.isUpperCase(text.charAt(next + 1));
    }

    /** Whether the line break at {@code at} ends a sentence (see the class comment). */
    static boolean lineBreakEndsSentence(String text, int at) {
        int next = at + 1;
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t' || text.charAt(next) == '\r')) {
            next++;
        }
        if (next >= text.length() || text.charAt(next) == '\n' || startsListItem(text, next)) {
            return true;
        }
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        int end = at;
        while (end > lineStart && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int begin = lineStart;
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        return end - begin < WRAPPED_LINE || text.charAt(end - 1) == ':';
    }

    private static boolean startsListItem(String text, int at) {
        char ch = text.charAt(at);
        if (ch == '-' || ch == '*' || ch == '\u2022' || ch == '\u00b7' || ch == '>' || ch == '+') {
            return true;
        }
        int i = at;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i > at && i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ')')) {
            return true;
        }
        if (ch == '(' && at + 2 < text.length() && Character.isLetterOrDigit(text.charAt(at + 1))
                && text.charAt(at + 2) == ')') {
            return true;
        }
        return Character.isLetter(ch) && at + 1 < text.length() && text.charAt(at + 1) == ')';
    }

    /** Removes format characters such as the soft hyphen and zero-width joiners from a word. */
    static String stripFormatting(String surface) {
        for (int i = 0; i < surface.length(); i++) {
            if (Character.getType(surface.charAt(i)) == Character.FORMAT) {
                var sb = new StringBuilder(surface.length());
                for (int j = 0; j < surface.length(); j++) {
                    char ch = surface.charAt(j);
                    if (Character.getType(ch) != Character.FORMAT) {
                        sb.append(ch);
                    }
                }
                return sb.toString();
            }
        }
        return surface;
    }
}
