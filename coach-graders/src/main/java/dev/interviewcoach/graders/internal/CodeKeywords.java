package dev.interviewcoach.graders.internal;

/**
 * Keywords of SQL and Redis written as code is written, in capitals, read as what they declare:
 * {@code email TEXT UNIQUE} and {@code UNIQUE (tenant_id, number)} a unique constraint,
 * {@code REFERENCES orders(id)} a foreign key, {@code CHECK (qty > 0)} a check constraint,
 * {@code BEGIN} a transaction, and Redis's {@code EX}/{@code PX} (as in {@code SET k v NX PX 30000}) and
 * {@code EXPIRE} a TTL. The analysis reads the meaning beside the word ("unique" stays "unique"), so code
 * in an answer meets evidence written in prose. Lowercase words are prose ("a unique id", "begin with")
 * and are not read so. SQL's own grammar in capitals also counts as grammar ({@link #structure}).
 */
final class CodeKeywords {
    private CodeKeywords() {}

    /** The stem of what the token declares, or null. */
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
        if (end - start == 5 && text.startsWith("BEGIN", start)) {
            return "transaction";
        }
        if (end - start == 2 && (text.startsWith("EX", start) || text.startsWith("PX", start))
                || end - start == 6 && text.startsWith("EXPIRE", start)) {
            return "ttl";
        }
        return null;
    }

    /** The stems a conditional UPDATE says beside its own word: "conditional" and "atomic" (one statement). */
    private static final String[] CONDITIONAL_UPDATE = {"condit", "atom"};

    /** The stems of what the token declares (see {@link #declared}), and those a conditional UPDATE says; empty for none. */
    static String[] declaredAll(String text, int start, int end) {
        String one = declared(text, start, end);
        if (one != null) {
            return new String[] {one};
        }
        if (end - start == 6 && text.regionMatches(true, start, "update", 0, 6) && conditionalUpdate(text, start)) {
            return CONDITIONAL_UPDATE;
        }
        return NONE;
    }

    private static final String[] NONE = {};

    /** An UPDATE statement: its table, SET clause and WHERE clause, up to a semicolon or a blank line. */
    private static final java.util.regex.Pattern UPDATE_STATEMENT = java.util.regex.Pattern.compile(
            "(?is)update\\s+[\\w.\"]+\\s+set\\s+((?:(?!;|\\n\\s*\\n).){1,300}?)\\swhere\\s+((?:(?!;|\\n\\s*\\n).){1,300})");
    /** A column assigned in a SET clause. */
    private static final java.util.regex.Pattern ASSIGNED = java.util.regex.Pattern.compile("([\\w\"]+)\\s*=(?!=)");

    /**
     * Whether the UPDATE at {@code start} is conditional: its WHERE clause compares a column its SET
     * clause assigns ({@code SET stock = stock - 1 WHERE id = $1 AND stock > 0}, {@code SET version =
     * version + 1 WHERE id = :id AND version = :v}), so it changes the row only if that value is still
     * what the writer expects: a check and a write in one statement, whatever the column is called.
     */
    static boolean conditionalUpdate(String text, int start) {
        var m = UPDATE_STATEMENT.matcher(text).region(start, Math.min(text.length(), start + 700));
        if (!m.lookingAt()) {
            return false;
        }
        String where = m.group(2);
        var assigned = ASSIGNED.matcher(m.group(1));
        while (assigned.find()) {
            String column = java.util.regex.Pattern.quote(assigned.group(1));
            if (java.util.regex.Pattern.compile("(?i)(?<![\\w.])(?:\\w+\\.)?" + column + "\\s*(?:>=|<=|<>|!=|=|>|<)")
                    .matcher(where).find()) {
                return true;
            }
        }
        return false;
    }

    /** Words that open an SQL statement. */
    private static final java.util.Set<String> STATEMENTS = java.util.Set.of("CREATE", "SELECT", "INSERT", "UPDATE",
            "DELETE", "ALTER", "WITH", "BEGIN", "COMMIT", "ROLLBACK", "EXPLAIN");
    /**
     * SQL's grammar and types, which carry no point of an answer by themselves. The statement words are
     * not among them: "DELETE" and "UPDATE" alone are as often HTTP methods or terms in a pile.
     */
    private static final java.util.Set<String> STRUCTURE = java.util.Set.of("TABLE", "FROM",
            "WHERE", "INTO", "VALUES", "SET", "ADD", "COLUMN", "JOIN", "LEFT",
            "INNER", "NOT", "NULL", "DEFAULT", "RETURNING", "LIMIT", "ORDER", "GROUP", "HAVING",
            "CONSTRAINT", "INT", "INTEGER", "BIGINT", "SMALLINT", "TEXT", "VARCHAR", "CHAR", "TIMESTAMPTZ",
            "TIMESTAMP", "DATE", "BOOLEAN", "BOOL", "NUMERIC", "DECIMAL", "SERIAL", "BIGSERIAL", "UUID", "JSONB", "JSON");

    /**
     * Whether the word is SQL's own grammar written in capitals within a sentence that holds an SQL
     * statement keyword in capitals (recorded as it is read): such words count as grammar words, so an
     * answer that gives its schema as DDL is statements, not a pile of terms.
     */
    static boolean structure(String text, int start, int end, int sentence, TokenList out) {
        if (end - start < 2 || end - start > 11 || !capitals(text, start, end)) {
            return false;
        }
        String word = text.substring(start, end);
        if (STATEMENTS.contains(word)) {
            out.sqlSentence = sentence;
        }
        return out.sqlSentence == sentence && STRUCTURE.contains(word);
    }

    private static boolean capitals(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) < 'A' || text.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static boolean opensParenthesis(String text, int from) {
        int c = from;
        while (c < text.length() && text.charAt(c) == ' ') {
            c++;
        }
        return c < text.length() && text.charAt(c) == '(';
    }
}
