package dev.interviewcoach.graders.internal;

/**
 * SQL constraint keywords written as SQL is written, in capitals: {@code email TEXT UNIQUE} and
 * {@code UNIQUE (tenant_id, number)} declare a unique constraint, {@code REFERENCES orders(id)} a
 * foreign key. The analysis reads the constraint beside the word ("unique" stays "unique"), so DDL in
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
        return null;
    }
}
