package dev.interviewcoach.graders.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * The two alternatives a question offers ("When do you delete the key, before or after the database
 * commit?", "Would you use 400 or 422 here?"), and the question as it reads with either chosen. An
 * answer that opens with a few words naming one ("After the commit.") answers the question with that
 * alternative, as an answer naming an option's letter answers with the option, so the question's words
 * are read in for it: "After the commit" says "delete the key after the commit" to this question.
 *
 * <p>Only a question's last clause that asks (it ends in a question mark) is read, and only an "or"
 * between two alternatives that open with different words ("why or why not" offers none), the first
 * a single word ("…at once), or authorised at checkout…" joins two clauses and offers none).
 *
 * @param leftFirst the first word of the alternative before "or", lowercase
 * @param rightFirst the first word of the alternative after it, lowercase
 * <p>For the same reason, evidence the question says only by offering it as one of the two ("delete
 * the key after the commit" in "before or after the commit") is no echo when an answer says it: the
 * question says it with either alternative chosen only when it is said outside them.
 *
 * @param leftFirst the first word of the alternative before "or", lowercase
 * @param rightFirst the first word of the alternative after it, lowercase
 * @param withLeft the asking sentence with the right alternative left out
 * @param withRight the asking sentence with the left alternative left out
 * @param questionWithLeft the whole question with the right alternative left out
 * @param questionWithRight the whole question with the left alternative left out
 */
record Alternatives(String leftFirst, String rightFirst, String withLeft, String withRight, String questionWithLeft,
        String questionWithRight) {
    /** How many words an answer's opening sentence may have and still be a choice between alternatives. */
    static final int MOST_WORDS = 4;

    /** The alternatives of a question, if its last asking clause offers two. */
    static Optional<Alternatives> of(String question) {
        int mark = question.lastIndexOf('?');
        if (mark < 0) {
            return Optional.empty();
        }
        // the sentence that asks: from the end of the one before it to the question mark
        int from = Math.max(Math.max(question.lastIndexOf(". ", mark), question.lastIndexOf("? ", mark - 1)),
                question.lastIndexOf('\n', mark)) + 1;
        String asked = question.substring(from, mark);
        int or = asked.lastIndexOf(" or ");
        if (or < 0) {
            return Optional.empty();
        }
        // the alternative before "or" is its one word (the shared rest follows the other); the one after
        // runs to the end of its clause
        int leftStart = asked.lastIndexOf(' ', or - 1) + 1;
        int rightEnd = clauseEnd(asked, or + 4);
        String left = asked.substring(leftStart, or).strip();
        String right = asked.substring(or + 4, rightEnd).strip();
        String leftFirst = firstWord(left);
        String rightFirst = firstWord(right);
        // "…at once), or authorised at checkout…" joins clauses, not two alternatives of a word or two
        if (leftFirst.isEmpty() || rightFirst.isEmpty() || leftFirst.equals(rightFirst)
                || leftFirst.length() != left.length()) {
            return Optional.empty();
        }
        String before = asked.substring(0, leftStart);
        String after = asked.substring(rightEnd);
        String head = question.substring(0, from);
        String tail = question.substring(mark);
        return Optional.of(new Alternatives(leftFirst, rightFirst, before + left + after, before + right + after,
                head + before + left + after + tail, head + before + right + after + tail));
    }

    /** The question read with the alternative the opening word names, if it names one. */
    Optional<String> chosenBy(String openingWord) {
        String word = openingWord.toLowerCase(Locale.ROOT);
        if (word.equals(leftFirst)) {
            return Optional.of(withLeft);
        }
        return word.equals(rightFirst) ? Optional.of(withRight) : Optional.empty();
    }

    private static int clauseEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':') {
                return i;
            }
        }
        return text.length();
    }

    private static String firstWord(String text) {
        int end = 0;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-')) {
            end++;
        }
        return text.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
