package dev.interviewcoach.graders.internal;

import java.util.List;
import java.util.Set;

/**
 * What a wrong claim says beyond its words, which an answer must say too before it is accused of the
 * claim: the excess of "too" ("bigint is too small" is not "bigint: 8 bytes, small index"), and the word
 * a negation inside the claim denies ("transactions never run at the same time" is not "transactions
 * don't interfere when they run at the same time").
 */
final class ClaimScope {
    private ClaimScope() {}

    /**
     * The index among a claim's content words of the one its negation denies: the word after it
     * ("transactions never run", "not stale until the ttl expires"); -1 when it stands last.
     */
    static int negatedInside(AnalyzedText t) {
        int content = 0;
        for (int i = 0; i < t.size; i++) {
            if (t.kinds[i] == AnalyzedText.CONTENT) {
                content++;
            } else if (t.kinds[i] == AnalyzedText.NEGATOR) {
                boolean followed = false;
                for (int j = i + 1; j < t.size && !followed; j++) {
                    followed = t.kinds[j] == AnalyzedText.CONTENT;
                }
                return followed ? content : -1;
            }
        }
        return -1;
    }

    /** Whether a text says "too" of the word after it ("too small"), not "too" for "as well" at a clause's end. */
    static boolean saysExcess(AnalyzedText t) {
        for (int i = 0; i + 1 < t.size; i++) {
            if (t.kinds[i] == AnalyzedText.FUNCTION && t.stems[i].equals("too") && t.sentences[i + 1] == t.sentences[i]
                    && t.text.charAt(t.ends[i]) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** Words that say a claim holds of every case: "any" (a grammar word) and its content-word kin. */
    private static final Set<String> UNIVERSALS = Set.of("any", "every", "all", "always", "each", "whatever",
            "whichever");

    /**
     * Whether a claim's wording opens with "any" ("any patch is safe to retry"): "any" is a grammar
     * word, dropped like "the", yet said of the claim's subject it is the claim, and an answer must say
     * it (or "every", "all", "always") too. "A plain set-this-field patch is safe to retry" claims no
     * such thing. Said of an object ("jump to any page") it is only the freedom the claim gives, which
     * "jump to page 10" claims as well.
     */
    static boolean saysAny(String wording) {
        return wording.strip().toLowerCase(java.util.Locale.ROOT).startsWith("any ");
    }

    /** Whether a word of {@link #UNIVERSALS} stands in the claim's span or just before it, in its sentence. */
    static boolean universalSaid(AnalyzedText answer, int firstToken, int lastToken) {
        for (int i = Math.max(0, firstToken - 2); i <= lastToken; i++) {
            if (answer.sentences[i] == answer.sentences[firstToken]
                    && UNIVERSALS.contains(Rejection.surface(answer, i))) {
                return true;
            }
        }
        return false;
    }

    /** Words that open a clause of its own: a negation before one denies another verb than the one after it. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("when", "while", "if", "because", "since", "although",
            "though", "unless", "whereas", "which", "who", "where", "whenever", "once", "until", "before", "after");

    /**
     * Whether a negator stands in the token's clause, before it or after it up to the claim's last word,
     * with no comma or other mark between (either way):
     * "they don't interfere when they run" denies interfering, not running, since "when" opens the clause
     * that says it, while "SQL can't handle scale" denies the scaling it names. Looking back, the negation
     * must stand after the claim's words that come before the denied one, as in the claim: "not encrypted so
     * anyone can read it" denies the encryption, not the reading, and does not claim "encrypted so nobody can
     * read". A claim word right before the denied one forms one phrase with it: "no migrations needed" says
     * "migrations are not needed".
     *
     * @param firstToken the claim's first matched token
     * @param claimStems the claim's content stems
     */
    static boolean deniedInClause(AnalyzedText answer, int token, int firstToken, int lastToken, String[] claimStems) {
        for (int i = token - 1; i >= 0 && i >= token - NEGATION_LOOKBACK; i--) {
            if (answer.sentences[i] != answer.sentences[token] || CLAUSE_OPENERS.contains(answer.stems[i])
                    || punctuationBetween(answer, i, i + 1)
                    || i >= firstToken && i < token - 1 && answer.kinds[i] == AnalyzedText.CONTENT
                            && contains(claimStems, answer.stems[i])) {
                // "DELETE: not safe, idempotent": the negation before the comma denies "safe" alone
                break;
            }
            if (answer.kinds[i] == AnalyzedText.NEGATOR) {
                return true;
            }
        }
        // or after it, up to the claim's last word and within its stretch of words: "the lock needs no
        // expiry", "TTL not needed"; after a comma, a negation denies something else: "stale, TTL not
        // expired" says the TTL has not expired, not that the value is not stale
        for (int i = token + 1; i <= lastToken; i++) {
            if (CLAUSE_OPENERS.contains(answer.stems[i]) || punctuationBetween(answer, i - 1, i)) {
                return false;
            }
            if (answer.kinds[i] == AnalyzedText.NEGATOR) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String[] stems, String stem) {
        for (String s : stems) {
            if (s.equals(stem)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a comma, semicolon, colon, bracket or dash stands between two neighbouring tokens. */
    private static boolean punctuationBetween(AnalyzedText answer, int a, int b) {
        for (int c = answer.ends[a]; c < answer.starts[b] && c < answer.text.length(); c++) {
            char ch = answer.text.charAt(c);
            if (ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')' || Polarity.isDash(answer.text, c)) {
                return true;
            }
        }
        return false;
    }

    /** How many tokens before the denied word its negation may stand. */
    private static final int NEGATION_LOOKBACK = 8;

    /** Whether "too" stands among the answer's tokens from just before the first matched one to the last. */
    static boolean excessSaid(AnalyzedText answer, int firstToken, int lastToken) {
        for (int i = Math.max(0, firstToken - 1); i <= lastToken; i++) {
            if (answer.kinds[i] == AnalyzedText.FUNCTION && answer.stems[i].equals("too")) {
                return true;
            }
        }
        return false;
    }

    /** Words whose place in a sentence says nothing about who does what to whom. */
    private static final Set<String> REFLEXIVES = Set.of("itself", "themselves", "himself", "herself", "yourself",
            "myself", "ourselves");
    /** Words of seven letters or more that end in -ly but are no manner adverbs. */
    private static final Set<String> NOT_ADVERBS = Set.of("httponly", "readonly", "assembly", "monthly", "quarterly",
            "friendly", "costly", "likely", "unlikely", "weekly", "hourly", "nightly", "butterfly", "elderly",
            "multiply", "anomaly", "monopoly");

    /**
     * Claims shorter than this keep every word in order: with one other word, a free adverb makes the
     * claim unordered ("immediate retries hit …" is no "retry immediately" of the candidate's own).
     */
    private static final int MIN_WORDS_WITH_FREE = 3;

    /**
     * Which words of a claim may stand anywhere near it: manner adverbs ("automatically", "directly",
     * "exactly") and reflexives ("itself"), but never its first word, which anchors it, nor the word
     * its negation denies; null when none may.
     */
    static boolean[] freeWords(List<String> surfaces, int negated) {
        if (surfaces.size() < MIN_WORDS_WITH_FREE) {
            return null;
        }
        boolean[] free = null;
        for (int i = 1; i < surfaces.size(); i++) {
            String w = surfaces.get(i);
            boolean adverb = w.length() >= 7 && w.endsWith("ly") && !NOT_ADVERBS.contains(w)
                    && w.chars().allMatch(Character::isLetter);
            if (i != negated && (adverb || REFLEXIVES.contains(w))) {
                if (free == null) {
                    free = new boolean[surfaces.size()];
                }
                free[i] = true;
            }
        }
        return free;
    }

    /**
     * Whether a word that opens a clause of its own ("so", "because", "but", "which", …) stands between
     * two tokens. A claim of two words that says no such word itself is a statement of one clause: "the SLA is looser than the SLO, so we react before we break the contract" does not
     * say "the SLO is the contract". Longer claims may carry their reason across one ("a bigger buffer
     * so the system can absorb the load").
     */
    static boolean newClauseBetween(AnalyzedText answer, int from, int to) {
        for (int t = from + 1; t < to; t++) {
            if (answer.kinds[t] == AnalyzedText.FUNCTION && WordLists.CLAUSE_BREAKERS.contains(answer.stems[t])) {
                return true;
            }
        }
        return false;
    }

    /** Connectives that set what follows against what came before. */
    private static final Set<String> CONTRASTS = Set.of("but", "however", "although", "though", "whereas");

    /**
     * Whether a contrast ("but", "however", "although", "though", "whereas") stands between two tokens.
     * A claim that gives a reason ("the TTL can be long since we delete") is not made by an answer that
     * sets the same two things against each other: "if invalidation always worked the TTL could be
     * long, but a DEL can fail". (A claim without a reason still is: "keep GET but send the filters as
     * a JSON body" says "a GET with a JSON body".)
     */
    static boolean contrastBetween(AnalyzedText answer, int from, int to) {
        for (int t = from + 1; t < to; t++) {
            if (answer.kinds[t] != AnalyzedText.CONTENT) {
                for (String w : CONTRASTS) { // compared in place: this runs inside claim matching
                    if (answer.ends[t] - answer.starts[t] == w.length()
                            && answer.text.regionMatches(true, answer.starts[t], w, 0, w.length())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether a claim's own text sets one thing against another ("fast but stale"). */
    static boolean saysContrast(String source) {
        return saysOneOf(source, CONTRASTS);
    }

    /** Whether a claim's own text says a word that opens a clause ("safe because …"): it gives a reason. */
    static boolean givesReason(String source) {
        return saysOneOf(source, WordLists.CLAUSE_BREAKERS);
    }

    private static boolean saysOneOf(String source, Set<String> words) {
        for (String w : source.toLowerCase(java.util.Locale.ROOT).split("[^a-z']+")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
