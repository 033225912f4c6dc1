package dev.interviewcoach.graders.internal;

/**
 * SQL constraint keywords written as SQL is written, in capitals: {@code email TEXT UNIQUE} and
 * {@code UNIQUE (tenant_id, number)} declare a unique constraint, {@code REFERENCES orders(id)} a
 * foreign key, {@code CHECK (qty > 0)} a check constraint. The analysis reads the constraint beside the word ("unique" stays "unique"), so DDL in
 * an answer meets evidence written in prose. Lowercase "unique" is prose ("a unique id") and is not read so.
 */
final class SqlConstraints {
    private SqlConstraints() {}

    /** The canonical stem of the constraint the token declares, or null. */
    static String declared(String text, int start, int end) {
        if (end - start == 6 && text.startsWith("UNIQUE", start)) {
            return "unique_constraint";
        }
        if (end - start == 10 && text.startsWith("REFERENCES", start)) {
            return "foreign_key";
        }
        if (end - start == 5 && text.startsWith("CHECK", start) && opensParenthesis(text, end)) {
            return "constraint"; // beside the word's own "check": a check constraint
        }
        return null;
    }

    private static boolean opensParenthesis(String text, int from) {
        int c = from;
        while (c < text.length() && text.charAt(c) == ' ') {
            c++;
        }
        return c < text.length() && text.charAt(c) == '(';
    }
}
