package dev.interviewcoach.graders.internal;

import java.util.Set;

/**
 * Negation beyond the word "not": "un-" words that mean "not X" ("unauthenticated", "unbounded"),
 * negators that do not negate ("not only", "not just"), and claims a sentence declares false
 * ("It is false that ...", "It's a myth that ...", "It is not true that ..."), which negate
 * everything after them in the sentence.
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
    private static final Set<String> FALSE_WORDS = Set.of("fals", "wrong", "incorrect", "myth", "misconcept");

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

    /** Turns negators that do not negate ("not only", "not just") into function words, in place. */
    static void dropNonNegating(TokenList tokens) {
        for (int i = 0; i + 1 < tokens.size; i++) {
            if (tokens.kinds[i] == AnalyzedText.NEGATOR && NOT_NEGATING_AFTER.contains(tokens.stems[i + 1])) {
                tokens.kinds[i] = AnalyzedText.FUNCTION;
            }
        }
    }

    /**
     * Marks the tokens a sentence declares false: everything after "false/wrong/a myth/not true ...
     * that" up to the end of the sentence. The "not" of "not true that" is the declaration, not a
     * negation of its own.
     *
     * @return per token, whether it stands inside such a claim
     */
    static boolean[] sententialScope(TokenList tokens) {
        boolean[] scoped = new boolean[tokens.size];
        for (int i = 0; i < tokens.size; i++) {
            if (!"that".equals(tokens.stems[i])) {
                continue;
            }
            int declared = -1;
            for (int j = i - 1; j >= 0 && j >= i - 3 && tokens.sentences[j] == tokens.sentences[i]; j--) {
                String s = tokens.stems[j];
                boolean notTrue = ("true".equals(s) || "case".equals(s)) && negatorBefore(tokens, j);
                if (FALSE_WORDS.contains(s) || notTrue) {
                    declared = j;
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
            for (int j = i + 1; j < tokens.size && tokens.sentences[j] == tokens.sentences[i]; j++) {
                scoped[j] = true;
            }
        }
        return scoped;
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
