package dev.interviewcoach.graders.internal;

import java.util.regex.Pattern;

/**
 * Folds British spellings onto American ones before stemming, for rubric and answer alike:
 * "normalise", "normalisation" and "analyse" read as "normalize", "normalization" and "analyze";
 * "behaviour" as "behavior"; "cancelled" and "modelling" as "canceled" and "modeling"; "licence",
 * "catalogue" and "centre" as "license", "catalog" and "center". Because both sides are folded the same
 * way, a word that only looks British ("promise") changes on both and still matches itself; the rules
 * only need to avoid folding two different words onto one.
 */
final class BritishSpelling {
    /** -ise/-isation verbs and nouns of at least three letters before the ending ("normalise", not "rise"). */
    private static final Pattern ISE = Pattern.compile("([a-z]{3,})is(e|es|ed|ing|ation|ations|er|ers|able)");
    /** -yse verbs ("analyse", "paralyse", "catalyse"). */
    private static final Pattern YSE = Pattern.compile("([a-z]{3,})ys(e|es|ed|ing|er|ers)");
    /** -our words, listed: a rule on the ending would fold "four" onto "for" and "tour" onto "tor". */
    private static final Pattern OUR = Pattern.compile(
            "(behavi|col|fav|hon|lab|neighb|rum|flav|endeav|harb|arm|hum|vap|sav|od)our([a-z]*)");
    /** A doubled final l before a suffix, for the verbs that double it in British English only. */
    private static final Pattern LL = Pattern.compile(
            "(cancel|model|label|signal|travel|fuel|channel|tunnel|level|total|marshal|unmarshal|dial|counsel)l(ed|ing|er|ers)");
    private static final Pattern ENCE = Pattern.compile("(lic|def|off|pret)ence(s?)");
    private static final Pattern RE = Pattern.compile("(cent|met|lit|fib|theat)re(s?)");
    private static final Pattern OGUE = Pattern.compile("(catal|dial|anal)ogue(s?)");

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
        var m = ISE.matcher(word);
        if (m.matches()) {
            return m.group(1) + "iz" + m.group(2);
        }
        m = YSE.matcher(word);
        if (m.matches()) {
            return m.group(1) + "yz" + m.group(2);
        }
        m = OUR.matcher(word);
        if (m.matches()) {
            return m.group(1) + "or" + m.group(2);
        }
        m = LL.matcher(word);
        if (m.matches()) {
            return m.group(1) + m.group(2);
        }
        m = ENCE.matcher(word);
        if (m.matches()) {
            return m.group(1) + "ense" + m.group(2);
        }
        m = RE.matcher(word);
        if (m.matches()) {
            return m.group(1) + "er" + m.group(2);
        }
        m = OGUE.matcher(word);
        if (m.matches()) {
            return m.group(1) + "og" + m.group(2);
        }
        return switch (word) {
            case "programme", "programmes" -> "program" + word.substring(9);
            case "judgement", "judgements" -> "judgment" + word.substring(9);
            case "grey" -> "gray";
            default -> word;
        };
    }
}
