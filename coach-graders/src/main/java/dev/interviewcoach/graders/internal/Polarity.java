package dev.interviewcoach.graders.internal;

/**
 * Whether a match of a phrase says what the phrase says or its opposite: the negators inside and
 * before it, the clause breaks that stop them, and the negations a pattern's parts say.
 */
final class Polarity {
    /** Tokens before a match that a negator may stand in and still negate it. */
    static final int NEGATION_REACH = 3;
    /**
     * For claims (misconceptions), a negator anywhere earlier in the clause denies them: "What you
     * don't do is keep a list of ids in a column" does not claim it.
     */
    static final int CLAIM_NEGATION_REACH = 10;

    /** Adverbs that add nothing between a negator and what it denies; they do not count toward its reach. */
    private static final java.util.Set<String> MERE = java.util.Set.of("just", "simply", "merely");

    private Polarity() {}

    /**
     * Whether the match says the opposite of the phrase. The negators that count are those inside the
     * match and those before it in the same clause within reach; "instead of" and "rather than" right
     * before it deny it like "without", and so do they inside it when the match ends in what they set
     * aside, unless the phrase says them itself; for a phrase that says a negation they count as one of
     * its negators ("nouns instead of verbs" says "nouns, not verbs"). A phrase without a negator is denied by any of them
     * ("not a bug and not data loss: it is replication lag" claims no replication bug). A phrase that says a
     * negation is met by as many negators, and two more cancel out: "you can't assume emails don't
     * change" does not say they don't.
     */
    static boolean differs(AnalyzedText answer, int firstToken, int lastToken, int reach, int negators,
            boolean saysInsteadOf) {
        int said = answer.negators(firstToken, lastToken);
        if (!saysInsteadOf && endsInWhatInsteadOfSetsAside(answer, firstToken, lastToken)) {
            said++; // "nouns instead of verbs" says "nouns, not verbs"
        }
        int skipped = 0; // "just", "simply": "cannot just run several copies" denies as "cannot run" does
        for (int i = firstToken - 1; i >= 0 && i >= firstToken - reach - skipped; i--) {
            if (clauseBreak(answer, i + 1)) {
                break;
            }
            if (MERE.contains(answer.stems[i])) {
                skipped++;
                continue;
            }
            boolean near = firstToken - i - skipped <= NEGATION_REACH;
            // "without" and "no" deny the words right after them ("without a version"), not the clause,
            // and not a match that some other word stands before ("a key without TTL never expires").
            boolean noun = WordLists.NOUN_NEGATORS.contains(answer.stems[i]);
            if (answer.kinds[i] == AnalyzedText.NEGATOR && (!noun || near && onlyGrammarBetween(answer, i, firstToken))
                    && !(negators == 0 && conditional(answer, i))) {
                said++;
            } else if (near && (negators == 0 || !saysInsteadOf) && Rejection.insteadOf(answer, i)) {
                said++;
            }
        }
        if (negators == 0) {
            return said > 0;
        }
        // two negators more than the phrase says cancel out within one clause ("you can't assume emails
        // don't change"), not across clauses, where each denies its own: "not possible there, in Postgres it
        // is never possible, even with READ UNCOMMITTED" says nothing is possible
        return said < negators || (said - negators) % 2 == 1
                || said > negators && negatorsAcrossClauses(answer, firstToken, lastToken);
    }

    /** Whether the negators inside a match stand in more than one clause of it. */
    private static boolean negatorsAcrossClauses(AnalyzedText answer, int firstToken, int lastToken) {
        boolean negated = false;
        boolean broken = false;
        for (int i = firstToken; i <= lastToken; i++) {
            broken |= negated && i > firstToken && clauseBreak(answer, i);
            if (answer.kinds[i] == AnalyzedText.NEGATOR) {
                if (broken) {
                    return true;
                }
                negated = true;
            }
        }
        return false;
    }

    /**
     * Whether a claim's match runs across a clause break into a clause whose predicate right after the
     * match is denied: "photos must be served from the CDN, app servers never stream bytes" does not claim
     * "photos are served by the app servers"; its last words are the subject of a denial. Only for a claim
     * that says no negation itself, and only a denial of the predicate ("never", "not", "don't"), not
     * "without" or "no", which name what is absent. A match that
     * stays in one clause, or a clause after the break that denies nothing ("JWT in localStorage, signed
     * so safe"), is left alone.
     */
    static boolean runsIntoDeniedClause(AnalyzedText answer, int firstToken, int lastToken) {
        boolean crosses = false;
        for (int i = firstToken + 1; i <= lastToken && !crosses; i++) {
            crosses = clauseBreakBetween(answer.text, answer.ends[i - 1], answer.starts[i]);
        }
        if (!crosses) {
            return false;
        }
        for (int i = lastToken + 1; i < answer.size && i <= lastToken + 3; i++) {
            if (answer.sentences[i] != answer.sentences[lastToken] || clauseBreak(answer, i)) {
                return false;
            }
            if (answer.kinds[i] == AnalyzedText.NEGATOR) {
                // "never", "not", "don't" deny the predicate; "without", "no" name what is absent
                return !WordLists.NOUN_NEGATORS.contains(answer.stems[i]);
            }
            if (answer.kinds[i] == AnalyzedText.CONTENT) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether "instead of" or "rather than" stands inside the match with no clause break between it
     * and the match's last word: "mark them inactive instead of deleting" ends in what the answer set
     * aside, while "DNS round robin instead of a balancer, enough" still says the first. Looked up,
     * not scanned: a hostile answer may hold a match as long as itself at every start.
     */
    private static boolean endsInWhatInsteadOfSetsAside(AnalyzedText answer, int firstToken, int lastToken) {
        return lastToken - 1 > firstToken && !clauseBreak(answer, lastToken)
                && answer.insteadOfInClause(lastToken - 1) > firstToken;
    }

    /**
     * Whether a part of a pattern that says a negation misses it: the negator must stand inside that
     * part, just before it or after it up to the next part, not far before it ("if it times out,
     * reconcile - never issue a new charge" does not say "timed out ... no charge").
     *
     * @param at the content position of each of the pattern's words in the match
     * @param partOf the part each word of the pattern belongs to
     * @param partNegators how many negators each part says
     */
    static boolean partNegationMissing(AnalyzedText answer, int[] at, int[] partOf, int[] partNegators) {
        int from = 0;
        int previousEnd = -1;
        for (int part = 0; part < partNegators.length; part++) {
            int to = from;
            while (to + 1 < partOf.length && partOf[to + 1] == part) {
                to++;
            }
            int first = answer.contentTokens[at[from]];
            int last = answer.contentTokens[at[to]];
            // up to the next part: "lock needs no expiry" says the "no" of "lock ... needs no ... expiry"
            int end = to + 1 < partOf.length ? answer.contentTokens[at[to + 1]] - 1 : last;
            if (partNegators[part] > 0) {
                int floor = part == 0 ? first - CLAIM_NEGATION_REACH : Math.max(previousEnd + 1, first - NEGATION_REACH);
                if (answer.negators(Math.max(0, floor), end) < partNegators[part]) {
                    return true;
                }
            }
            previousEnd = last;
            from = to + 1;
        }
        return false;
    }

    /** The words that open a condition: a negator right after one sets the condition, not a denial. */
    private static final java.util.Set<String> CONDITION_OPENERS = java.util.Set.of("if", "unless", "whether");

    /**
     * Whether the negator at {@code i} states a condition: "if" before it with nothing but grammar between
     * ("if not", "if it's not", "if there is no"). "if not sql('SELECT pg_try_advisory_lock(...)'): return"
     * takes the lock and returns when it is held elsewhere; it says nothing against taking it. Such a
     * negator still counts toward a phrase that says a negation ("if there is no index, ..." says "no index").
     */
    private static boolean conditional(AnalyzedText answer, int i) {
        for (int j = i - 1; j >= 0 && j >= i - NEGATION_REACH && answer.kinds[j] != AnalyzedText.CONTENT; j--) {
            if (clauseBreak(answer, j + 1)) {
                return false;
            }
            if (CONDITION_OPENERS.contains(answer.stems[j])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words that name the prospect of what follows "of": "no risk of losing data" denies losing data as
     * "no lost data" would, and so do "no chance of" and "without the danger of".
     */
    private static final java.util.Set<String> PROSPECTS = java.util.Set.of("risk", "risks", "chance", "chances",
            "danger", "possibility", "threat");

    private static boolean onlyGrammarBetween(AnalyzedText answer, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (answer.kinds[i] == AnalyzedText.CONTENT && !prospectOf(answer, i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code i} is a word of prospect ({@link #PROSPECTS}) right before "of". */
    private static boolean prospectOf(AnalyzedText answer, int i) {
        if (i + 1 >= answer.size || !"of".equals(answer.stems[i + 1])) {
            return false;
        }
        return PROSPECTS.contains(Rejection.surface(answer, i));
    }

    static boolean clauseBreak(AnalyzedText answer, int token) {
        return clauseBreakBetween(answer.text, answer.ends[token - 1], answer.starts[token])
                || (answer.kinds[token] == AnalyzedText.FUNCTION && WordLists.CLAUSE_BREAKERS.contains(answer.stems[token]));
    }

    /**
     * Whether the text between two tokens ends a clause: punctuation, a dash, an arrow, or a line break
     * that ends a sentence. "The client gave up, the server didn't — A kept running" says A kept running,
     * and "retry is not the fix -> track the deadlock rate" says to track it.
     */
    static boolean clauseBreakBetween(String text, int from, int to) {
        for (int c = from; c < to; c++) {
            char ch = text.charAt(c);
            if (ch == '.' || ch == ';' || ch == '!' || ch == '?' || ch == ':' || ch == ',' || isDash(text, c)
                    || isArrow(text, c) || (ch == '\n' && Layout.lineBreakEndsSentence(text, c))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the character at {@code c} ends an arrow between steps: {@code ->}, {@code =>} or {@code →}. */
    static boolean isArrow(String text, int c) {
        char ch = text.charAt(c);
        return ch == '\u2192' || ch == '>' && c > 0 && (text.charAt(c - 1) == '-' || text.charAt(c - 1) == '=');
    }

    /**
     * Whether the character at {@code c} is a dash between clauses: an em or en dash, or a hyphen with
     * space on both sides (a hyphen inside a word, "read-through", joins it).
     */
    static boolean isDash(String text, int c) {
        char ch = text.charAt(c);
        if (ch == '\u2014' || ch == '\u2013') {
            return true;
        }
        return ch == '-' && c > 0 && c + 1 < text.length() && Character.isWhitespace(text.charAt(c - 1))
                && Character.isWhitespace(text.charAt(c + 1));
    }
}
