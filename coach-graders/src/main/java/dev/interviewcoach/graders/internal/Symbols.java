package dev.interviewcoach.graders.internal;

/**
 * Reads comparison operators between words as tokens ({@code <}, {@code >=}, {@code !=}, ...), so
 * that {@code WHERE (created_at, id) < (...)} says "less than" to the grader; the {@linkplain
 * Vocabulary vocabulary} names them. Arrows ({@code ->}, {@code =>}, {@code <-}) are not operators.
 *
 * <p>The first operator of a line also counts as a grammar word: it joins a name to a value as "is"
 * or "less than" joins words in prose, so an answer written as configuration ({@code
 * log_min_duration_statement = 100ms}, a line per setting) or as SQL conditions is a set of statements,
 * not a pile of terms for the keyword-soup guard. So does a colon that ends a name ({@code Host:
 * shop.example.com}, an HTTP header or a labelled step) and an arrow between steps ({@code LB -> app}).
 * One per line, so a chain of {@code =} between terms does not pass for prose. A sign written on a
 * number reads as a word: {@code A -50, B +50} says "minus 50" and "plus 50".
 */
final class Symbols {
    private Symbols() {}

    static void read(String text, int from, int to, int sentence, TokenList out) {
        for (int c = Math.max(0, from); c < to; c++) {
            char ch = text.charAt(c);
            if (ch == '\n') {
                out.line++;
                continue;
            }
            if (ch == ':' && c > 0 && Character.isLetterOrDigit(text.charAt(c - 1))
                    && (c + 1 >= text.length() || text.charAt(c + 1) == ' ' || text.charAt(c + 1) == '\t')
                    || ch == '>' && c > 0 && text.charAt(c - 1) == '-') {
                // "Host: shop.example.com", "LB -> app": a name joined to its value, a step to the next
                lineGrammar(out);
                continue;
            }
            if ((ch == '-' || ch == '+') && signed(text, c)) {
                // "A -50, B +50": a sign written on an amount says "minus 50", "plus 50"
                out.add(ch == '-' ? "minus" : "plus", c, c + 1, AnalyzedText.CONTENT, sentence, false);
                continue;
            }
            if (ch != '<' && ch != '>' && ch != '=' && ch != '!') {
                continue;
            }
            int end = c + 1;
            while (end < to && end - c < 2 && "<>=!".indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            String op = text.substring(c, end);
            boolean arrow = op.equals("=>") || op.equals("<-") || (c > 0 && text.charAt(c - 1) == '-' && ch == '>');
            boolean known = op.equals("<") || op.equals(">") || op.equals("<=") || op.equals(">=") || op.equals("=")
                    || op.equals("==") || op.equals("!=") || op.equals("<>");
            if (!arrow && known) {
                out.add(op, c, end, AnalyzedText.CONTENT, sentence, false);
                lineGrammar(out);
            }
            c = end - 1;
        }
    }

    /**
     * Whether the sign at {@code c} is written on a number ({@code -50}, {@code +50}), not between two
     * ({@code 10-50}), in a word or as a bullet.
     */
    private static boolean signed(String text, int c) {
        if (c + 1 >= text.length() || !Character.isDigit(text.charAt(c + 1))) {
            return false;
        }
        if (c == 0) {
            return false; // a line's first character is a bullet or a list's dash as often as a sign
        }
        char before = text.charAt(c - 1);
        return before == ' ' || before == '(' || before == '\t';
    }

    /** Counts one grammar word for the line, the first time something joins its parts. */
    private static void lineGrammar(TokenList out) {
        if (out.operatorLine != out.line) {
            out.operatorLine = out.line;
            out.functionWordCount++;
            out.grammarWordCount++;
        }
    }
}
