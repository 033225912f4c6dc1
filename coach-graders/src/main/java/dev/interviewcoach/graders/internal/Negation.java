package dev.interviewcoach.graders.internal;

import java.util.Set;

/**
 * Negation beyond the word "not": "un-" words that mean "not X" ("unauthenticated", "unbounded"),
 * negators that do not negate ("not only", "not just"), and claims a sentence declares false
 * ("It is false that ...", "It's a myth that ...", "It is not true that ...", "A common mistake is
 * to think that ..."), which negate everything after them in the sentence, and the contrast a
 * candidate draws to set an idea aside ("Unlike read-through, where the cache loads the row itself,
 * ..."), which negates that clause.
 */
final class Negation {
    /** "un-" words that are not "not X": reversals and words that merely start with "un". */
    private static final Set<String> UN_WORDS = Set.of("under", "uni", "unit", "unix", "until", "unless", "unto",
            "unwind", "unroll", "unpack", "unmarshal", "unlock", "undo", "unsubscribe", "unload", "unregister",
            "uninstall", "unset", "unwrap", "unzip", "unmount", "unplug", "unblock", "unlink", "unfold", "unquote",
            "uncle", "unanim", "unicode", "unique", "union", "universal", "unity");
    private static final Set<String> NEGATED_ENDINGS = Set.of("ed", "able", "ible", "ful", "ent", "ant", "ive",
            "ous", "ic", "al", "ary", "safe", "known", "likely", "clear", "sure", "fair", "usual", "stable", "even",
            "aware", "ready", "healthy", "bound", "necessary", "true", "wise", "fit", "responsive");
    private static final Set<String> NOT_NEGATING_AFTER = Set.of("only", "just", "merely", "simply");
    /**
     * Negated verbs that still deny what follows "just" or "simply": "you cannot just run several
     * copies" says the copies do not work, where "not just the cache" adds to it.
     */
    private static final Set<String> VERB_NEGATORS = Set.of("cannot", "can't", "cant", "couldn't", "don't", "dont",
            "doesn't", "doesnt", "didn't", "didnt", "won't", "wont", "wouldn't", "wouldnt", "shouldn't", "shouldnt",
            "mustn't");
    /** Auxiliaries that make a following "not" a negated verb: "can not just", "do not simply". */
    private static final Set<String> NEGATED_AUXILIARIES = Set.of("can", "could", "do", "does", "did", "will", "would",
            "should", "must");
    /** Words after which "not just X" adds X to something: "you can't just cache it, you also ...". */
    private static final Set<String> ADDING = Set.of("also", "but", "too");
    /** Negators that can stand alone as a reply ("POST no, because"). */
    private static final Set<String> BARE = Set.of("no", "not", "nope");
    private static final Set<String> FALSE_WORDS = Set.of("fals", "wrong", "incorrect", "myth", "misconcept", "mistak");
    /** How far before "that" the word declaring the claim false may stand. */
    private static final int DECLARATION_REACH = 5;
    /** Verbs that may stand between the declaration and "that" ("a mistake to think that"). */
    private static final Set<String> BELIEF_VERBS = Set.of("think", "assum", "believ", "say", "claim", "expect",
            "suppos", "imagin");
    /** Words that open a contrast: what follows in the clause is what the answer sets aside. */
    private static final Set<String> CONTRAST_OPENERS = Set.of("unlik");
    /** Two-word openers of a contrast: first stem, then the stems that may follow it. */
    private static final java.util.Map<String, Set<String>> CONTRAST_PAIRS = java.util.Map.of("oppos", Set.of("to"),
            "contrari", Set.of("to"), "contrast", Set.of("to", "with"));
    /** Words that continue a contrast past a comma: a relative clause about the thing set aside. */
    private static final Set<String> RELATIVES = Set.of("where", "which", "who", "whose", "wherein");

    private Negation() {}

    /** For an "un-" word that means "not X", X; otherwise null. */
    static String unPrefixed(String surface) {
        if (!surface.startsWith("un") || surface.length() < 6) {
            return null;
        }
        for (String word : UN_WORDS) {
            if (surface.startsWith(word)) {
                return null;
            }
        }
        for (String ending : NEGATED_ENDINGS) {
            if (surface.endsWith(ending)) {
                return surface.substring(2);
            }
        }
        return null;
    }

    /**
     * Turns negators that do not negate what follows into function words, in place: "not only", "not
     * just", and a bare "no" or "not" that a comma, semicolon or colon ends ("POST no, it may create two
     * orders" answers the question about POST and denies nothing after it; "or not, depending on").
     */
    static void dropNonNegating(String text, TokenList tokens) {
        for (int i = 0; i < tokens.size; i++) {
            if (tokens.kinds[i] != AnalyzedText.NEGATOR) {
                continue;
            }
            if (i + 1 < tokens.size && NOT_NEGATING_AFTER.contains(tokens.stems[i + 1]) && !deniesVerb(tokens, i)
                    || BARE.contains(tokens.stems[i]) && written(text, tokens, i)
                    && (endsInClausePunctuation(text, tokens.ends[i]) || elseBranch(text, tokens, i))) {
                tokens.kinds[i] = AnalyzedText.FUNCTION;
            }
        }
    }

    /**
     * Whether the negator at {@code i}, before "just" or "simply", is a negated verb ("cannot just",
     * "do not simply") with nothing after it in the sentence that adds to what it denies ("also",
     * "but", "too"): then it denies the action, as "you cannot just run several copies" does.
     */
    private static boolean deniesVerb(TokenList tokens, int i) {
        boolean verb = VERB_NEGATORS.contains(tokens.stems[i])
                || "not".equals(tokens.stems[i]) && i > 0 && tokens.sentences[i - 1] == tokens.sentences[i]
                && NEGATED_AUXILIARIES.contains(tokens.stems[i - 1]);
        if (!verb) {
            return false;
        }
        for (int j = i + 2; j < tokens.size && tokens.sentences[j] == tokens.sentences[i]; j++) {
            if (ADDING.contains(tokens.stems[j])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the "not" at {@code i} opens the other branch of a condition the sentence has just set:
     * "if it's there return it, if not read it from the db" reads the db when the value is not there,
     * and denies nothing after it, as "otherwise" would. It is "if not" after a comma, with an "if"
     * earlier in the same sentence.
     */
    private static boolean elseBranch(String text, TokenList tokens, int i) {
        if (i < 2 || !"if".equals(tokens.stems[i - 1]) || tokens.sentences[i - 1] != tokens.sentences[i]
                || text.substring(tokens.ends[i - 2], tokens.starts[i - 1]).indexOf(',') < 0) {
            return false;
        }
        for (int j = i - 2; j >= 0 && tokens.sentences[j] == tokens.sentences[i]; j--) {
            if ("if".equals(tokens.stems[j])) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token is the word itself as written, not the "not" read out of "unlimited". */
    private static boolean written(String text, TokenList tokens, int i) {
        return tokens.ends[i] - tokens.starts[i] == tokens.stems[i].length()
                && text.regionMatches(true, tokens.starts[i], tokens.stems[i], 0, tokens.stems[i].length());
    }

    private static boolean endsInClausePunctuation(String text, int from) {
        int c = from;
        while (c < text.length() && (text.charAt(c) == ' ' || text.charAt(c) == '\t')) {
            c++;
        }
        return c < text.length() && (text.charAt(c) == ',' || text.charAt(c) == ';' || text.charAt(c) == ':'
                || Polarity.isDash(text, c));
    }

    /**
     * Marks the tokens a sentence declares false: everything after "false/wrong/a myth/a mistake/not
     * true ... that" up to the end of the sentence, when nothing but grammar and a verb of belief
     * stands between ("a common mistake is to think that", not "the wrong index that"). The "not" of
     * "not true that" is the declaration, not a negation of its own. Then the contrasts: a clause
     * opened by "unlike", "as opposed to", "contrary to" or "in contrast to/with", with the relative
     * clauses and the parenthesis that describe what it sets aside ("unlike read-through, where the
     * cache loads the row").
     *
     * @param text the text the tokens were read from
     * @param tokens the tokens
     * @return per token, whether it stands inside such a claim
     */
    static boolean[] sententialScope(String text, TokenList tokens) {
        boolean[] scoped = new boolean[tokens.size];
        for (int i = 0; i < tokens.size; i++) {
            if (!"that".equals(tokens.stems[i])) {
                continue;
            }
            int declared = -1;
            for (int j = i - 1; j >= 0 && j >= i - DECLARATION_REACH && tokens.sentences[j] == tokens.sentences[i]; j--) {
                String s = tokens.stems[j];
                boolean notTrue = ("true".equals(s) || "case".equals(s)) && negatorBefore(tokens, j);
                if (FALSE_WORDS.contains(s) || notTrue) {
                    declared = j;
                    break;
                }
                if (tokens.kinds[j] == AnalyzedText.CONTENT && !BELIEF_VERBS.contains(s)) {
                    break;
                }
            }
            if (declared < 0) {
                continue;
            }
            for (int j = declared; j >= 0 && j >= declared - 3 && tokens.sentences[j] == tokens.sentences[i]; j--) {
                if (tokens.kinds[j] == AnalyzedText.NEGATOR) {
                    tokens.kinds[j] = AnalyzedText.FUNCTION;
                }
            }
            // the rest of the sentence; a later declaration in it adds nothing (and each token is marked once)
            for (int j = i + 1; j < tokens.size && tokens.sentences[j] == tokens.sentences[i] && !scoped[j]; j++) {
                scoped[j] = true;
            }
        }
        // A contrast opened inside the clause of one before it ends where that one ends: scanning on from
        // the end of the last scope keeps this linear in the answer's length.
        int contrastEnd = 0;
        for (int i = 0; i < tokens.size; i++) {
            int after = contrastOpener(tokens, i);
            if (after < 0 || after < contrastEnd) {
                continue;
            }
            int j = after;
            for (; j < tokens.size && tokens.sentences[j] == tokens.sentences[i]; j++) {
                if (j > after && commaBefore(text, tokens, j) && !RELATIVES.contains(tokens.stems[j])) {
                    break;
                }
                scoped[j] = true;
            }
            contrastEnd = j;
        }
        return scoped;
    }

    /** When a contrast opens at token {@code i}, the first token after its opener; otherwise -1. */
    private static int contrastOpener(TokenList tokens, int i) {
        if (CONTRAST_OPENERS.contains(tokens.stems[i])) {
            return i + 1;
        }
        var second = CONTRAST_PAIRS.get(tokens.stems[i]);
        if (second != null && i + 1 < tokens.size && tokens.sentences[i + 1] == tokens.sentences[i]
                && second.contains(tokens.stems[i + 1])) {
            return i + 2;
        }
        return -1;
    }

    /** Whether a clause break, or the end of a parenthesis, stands between token j and the one before it. */
    private static boolean commaBefore(String text, TokenList tokens, int j) {
        // the parts of a split identifier overlap the whole, so the gap may be empty or negative
        int from = tokens.ends[j - 1];
        int to = tokens.starts[j];
        if (Polarity.clauseBreakBetween(text, from, to)) {
            return true;
        }
        for (int c = from; c < to; c++) {
            if (text.charAt(c) == ')') {
                return true;
            }
        }
        return false;
    }

    private static boolean negatorBefore(TokenList tokens, int at) {
        for (int j = at - 1; j >= 0 && j >= at - 2; j--) {
            if (tokens.kinds[j] == AnalyzedText.NEGATOR) {
                return true;
            }
        }
        return false;
    }
}
