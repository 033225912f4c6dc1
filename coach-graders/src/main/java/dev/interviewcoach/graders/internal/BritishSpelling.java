package dev.interviewcoach.graders.internal;

/**
 * Folds British spellings onto American ones before stemming, for rubric and answer alike:
 * "normalise", "normalisation" and "analyse" read as "normalize", "normalization" and "analyze";
 * "behaviour" as "behavior"; "cancelled" and "modelling" as "canceled" and "modeling"; "licence",
 * "catalogue" and "centre" as "license", "catalog" and "center". Because both sides are folded the same
 * way, a word that only looks British ("promise") changes on both and still matches itself; the rules
 * only need to avoid folding two different words onto one. Every answer word passes through here, so
 * the checks are plain suffix and prefix tests, no regular expressions.
 */
final class BritishSpelling {
    /** -ise/-isation endings, longest first, after at least three letters ("normalise", not "rise"). */
    private static final String[] ISE = {"isations", "isation", "isable", "ising", "isers", "iser", "ises", "ised", "ise"};
    /** -yse endings ("analyse", "paralyse", "catalyse"). */
    private static final String[] YSE = {"ysing", "ysers", "yser", "yses", "ysed", "yse"};
    /** -our words, listed: a rule on the ending would fold "four" onto "for" and "tour" onto "tor". */
    private static final String[] OUR = {"behavi", "col", "fav", "hon", "lab", "neighb", "rum", "flav", "endeav",
        "harb", "arm", "hum", "vap", "sav", "od"};
    /** Verbs that double their final l before a suffix in British English only. */
    private static final String[] LL = {"cancel", "model", "label", "signal", "travel", "fuel", "channel", "tunnel",
        "level", "total", "marshal", "unmarshal", "dial", "counsel"};
    private static final String[] LL_SUFFIXES = {"ed", "ing", "er", "ers"};
    private static final String[] ENCE = {"lic", "def", "off", "pret"};
    private static final String[] RE = {"cent", "met", "lit", "fib", "theat"};
    private static final String[] OGUE = {"catal", "dial", "anal"};

    private BritishSpelling() {}

    /**
     * The American spelling of a lowercase word, or the word itself.
     *
     * @param word a lowercase word
     * @return its American spelling
     */
    static String american(String word) {
        if (word.length() < 5) {
            return word;
        }
        String folded = swapEnding(word, ISE, 'z');
        if (folded != null) {
            return folded;
        }
        folded = swapEnding(word, YSE, 'z');
        if (folded != null) {
            return folded;
        }
        for (String stem : OUR) {
            if (word.startsWith(stem) && word.startsWith("our", stem.length())) {
                return stem + "or" + word.substring(stem.length() + 3);
            }
        }
        for (String stem : LL) {
            if (word.startsWith(stem) && word.length() > stem.length() && word.charAt(stem.length()) == 'l') {
                String rest = word.substring(stem.length() + 1);
                for (String suffix : LL_SUFFIXES) {
                    if (rest.equals(suffix)) {
                        return stem + rest;
                    }
                }
            }
        }
        folded = prefixed(word, ENCE, "ence", "ense");
        if (folded == null) {
            folded = prefixed(word, RE, "re", "er");
        }
        if (folded == null) {
            folded = prefixed(word, OGUE, "ogue", "og");
        }
        if (folded != null) {
            return folded;
        }
        return switch (word) {
            case "programme", "programmes" -> "program" + word.substring(9);
            case "judgement", "judgements" -> "judgment" + word.substring(9);
            default -> word;
        };
    }

    /** The word with its ending's "s" turned into {@code z}, when it ends so after three or more letters. */
    private static String swapEnding(String word, String[] endings, char z) {
        for (String ending : endings) {
            int stem = word.length() - ending.length();
            if (stem >= 3 && word.endsWith(ending) && letters(word, stem)) {
                // The "s" is the ending's second letter: "is|ation" → "iz|ation", "ys|ed" → "yz|ed".
                return word.substring(0, stem + 1) + z + word.substring(stem + 2);
            }
        }
        return null;
    }

    /** {@code stem + ending [+ "s"]} as {@code stem + replacement [+ "s"]}, for a listed stem; else null. */
    private static String prefixed(String word, String[] stems, String ending, String replacement) {
        for (String stem : stems) {
            if (word.startsWith(stem) && word.startsWith(ending, stem.length())) {
                String rest = word.substring(stem.length() + ending.length());
                if (rest.isEmpty() || rest.equals("s")) {
                    return stem + replacement + rest;
                }
            }
        }
        return null;
    }

    private static boolean letters(String word, int end) {
        for (int i = 0; i < end; i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
