package dev.interviewcoach.graders.internal;

import java.util.Arrays;
import java.util.List;

/**
 * Where a phrase's words may stand in an answer beyond their window: the parts of an identifier are one
 * name (the {@code id} of {@code order_id} does not pair with "customer"; a phrase's own
 * {@code customer_id} needs its parts side by side), and a word the phrase qualifies is not met where
 * the answer qualifies it with the opposite ("the one side" for "the many side"). Immutable; one per
 * compiled phrase.
 */
final class WordPlaces {
    private final String[] stems;
    /** The phrase's content stems in its order, repeats kept ("student_id, course_id" says id twice). */
    private final String[] sequence;
    /**
     * Per stem, whether it and the next are the parts of one identifier the phrase writes
     * ({@code customer_id}): an answer must say them side by side, in that order ("customer_id",
     * "customer id", "customerId"), not as two words of a sentence. Null when the phrase writes none.
     */
    private final boolean[] boundNext;
    /**
     * Per stem, the words the phrase puts right before it that have {@linkplain Opposites opposites}
     * ("many side": for "side", "many"), or null when none has: an answer that says "the one side" has
     * not said "the many side", though it says "many" somewhere near ("one-to-many").
     */
    private final String[][] modifiers;

    WordPlaces(String[] stems, String[] sequence, boolean[] boundNext) {
        this.stems = stems;
        this.sequence = sequence;
        this.boundNext = boundNext;
        this.modifiers = modifiers(stems, sequence);
    }

    /** Whether the phrase writes an identifier, whose parts must then be checked side by side. */
    boolean bound() {
        return boundNext != null;
    }

    /** Whether the phrase's own words set any rule here: an identifier or a qualifier. */
    boolean constrains() {
        return boundNext != null || modifiers != null;
    }

    /** Whether each pair of an identifier's parts matched side by side (a skipped word is not checked). */
    boolean partsSideBySide(int[] chosen, int skip) {
        for (int k = 0; k + 1 < stems.length; k++) {
            if (boundNext[k] && k != skip && k + 1 != skip && chosen[k + 1] != chosen[k] + 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * The positions at which the phrase's {@code i}-th word may match: where it is not a part of an
     * answer's identifier whose other parts the phrase places differently, and, for a part of an
     * identifier the phrase writes, where the identifier's neighbouring part stands beside it. Returns
     * the list itself when every position may.
     */
    int[] admissible(AnalyzedText answer, int i, int[] list) {
        int[] out = null;
        int n = 0;
        for (int k = 0; k < list.length; k++) {
            boolean ok = fitsIdentifier(answer, i, list[k]) && besideBoundPart(answer, i, list[k])
                    && !qualifiedOtherwise(answer, i, list[k]);
            if (!ok && out == null) {
                out = new int[list.length];
                System.arraycopy(list, 0, out, 0, k);
                n = k;
            } else if (ok && out != null) {
                out[n++] = list[k];
            }
        }
        return out == null ? list : Arrays.copyOf(out, n);
    }

    /**
     * Whether the answer's word at content position {@code q}, if it is a part of an identifier, may
     * stand for the phrase's {@code i}-th word: each other part of that identifier that the phrase also
     * says must stand on the same side of it in the phrase. The {@code id} of {@code order_id} does not
     * make "customer id in the orders table", whose {@code id} goes with "customer".
     */
    private boolean fitsIdentifier(AnalyzedText answer, int i, int q) {
        int group = answer.identifierOf(q);
        if (group < 0) {
            return true;
        }
        for (int step = -1; step <= 1; step += 2) {
            for (int m = q + step; m >= 0 && m < answer.contentCount && answer.identifierOf(m) == group; m += step) {
                String mate = answer.stems[answer.contentTokens[m]];
                if (!mate.equals(stems[i]) && !placedAlike(stems[i], mate, step < 0)
                        && !saidOnOtherSide(answer, group, q, mate, step < 0, stems[i])) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String[][] modifiers(String[] stems, String[] sequence) {
        String[][] out = null;
        for (int i = 0; i < stems.length; i++) {
            for (int b = 1; b < sequence.length; b++) {
                if (!sequence[b].equals(stems[i]) || Opposites.of(sequence[b - 1]).isEmpty()) {
                    continue;
                }
                if (out == null) {
                    out = new String[stems.length][];
                }
                String[] before = out[i] == null ? new String[0] : out[i];
                before = Arrays.copyOf(before, before.length + 1);
                before[before.length - 1] = sequence[b - 1];
                out[i] = before;
            }
        }
        return out;
    }

    /**
     * Whether the answer puts the opposite of a word the phrase puts before its {@code i}-th word right
     * before the word at {@code q}, in the same sentence: "the foreign key lives on the one side" does
     * not say "foreign key on the many side". Both words side by side are one thing said of both: "read
     * and written as a whole" still says "read as a whole".
     */
    private boolean qualifiedOtherwise(AnalyzedText answer, int i, int q) {
        if (modifiers == null || modifiers[i] == null || q == 0
                || answer.contentSentence[q - 1] != answer.contentSentence[q]) {
            return false;
        }
        String before = answer.stems[answer.contentTokens[q - 1]];
        for (String modifier : modifiers[i]) {
            boolean coordinated = q >= 2 && answer.contentSentence[q - 2] == answer.contentSentence[q]
                    && answer.stems[answer.contentTokens[q - 2]].equals(modifier);
            if (Opposites.of(modifier).contains(before) && !coordinated) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the identifier also has {@code mate} on the other side of {@code q}, where the phrase
     * places it: {@code order_items.order_id} has "order" before "items" as well as after.
     */
    private boolean saidOnOtherSide(AnalyzedText answer, int group, int q, String mate, boolean before, String word) {
        int step = before ? 1 : -1;
        for (int m = q + step; m >= 0 && m < answer.contentCount && answer.identifierOf(m) == group; m += step) {
            if (answer.stems[answer.contentTokens[m]].equals(mate) && placedAlike(word, mate, !before)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the phrase, if it says {@code mate} at all, says it on the given side of {@code word} at
     * least once.
     */
    private boolean placedAlike(String word, String mate, boolean before) {
        boolean mentioned = false;
        for (int b = 0; b < sequence.length; b++) {
            if (!sequence[b].equals(mate)) {
                continue;
            }
            mentioned = true;
            for (int a = 0; a < sequence.length; a++) {
                if (sequence[a].equals(word) && (b < a) == before) {
                    return true;
                }
            }
        }
        return !mentioned;
    }

    /** Whether the parts of an identifier the phrase writes next to its {@code i}-th word stand beside {@code q}. */
    private boolean besideBoundPart(AnalyzedText answer, int i, int q) {
        if (boundNext == null) {
            return true;
        }
        if (i + 1 < stems.length && boundNext[i] && !saysAt(answer, stems[i + 1], q + 1)) {
            return false;
        }
        return i == 0 || !boundNext[i - 1] || saysAt(answer, stems[i - 1], q - 1);
    }

    private static boolean saysAt(AnalyzedText answer, String stem, int position) {
        int[] list = answer.positions.get(stem);
        return list != null && position >= 0 && Arrays.binarySearch(list, position) >= 0;
    }

    /**
     * Which of the phrase's stems are followed by the next part of the same identifier, given where in
     * the phrase each stem was read; null when none is.
     */
    static boolean[] boundIdentifierParts(AnalyzedText phrase, List<Integer> contentPosition) {
        boolean[] bound = null;
        for (int k = 0; k + 1 < contentPosition.size(); k++) {
            int here = contentPosition.get(k);
            int group = phrase.identifierOf(here);
            if (group >= 0 && contentPosition.get(k + 1) == here + 1 && phrase.identifierOf(here + 1) == group) {
                if (bound == null) {
                    bound = new boolean[contentPosition.size()];
                }
                bound[k] = true;
            }
        }
        return bound;
    }
}
