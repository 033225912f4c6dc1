package dev.interviewcoach.graders.semantic.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How much of the reference the answer says, word piece by word piece, in the manner of BERTScore's
 * recall (Zhang et al., 2020): each word piece of the reference is matched with the answer's closest
 * word piece by the cosine of their contextual vectors (clipped at 0), and the best cosines are
 * averaged. Only content words count on both sides: grammar words and words the prompt already says
 * are left out, so an answer that repeats the question, or pads itself with function words, aligns
 * nothing. If every content word of the reference is in the prompt, content words count on both
 * sides all the same; if the reference has none at all, every piece does.
 */
final class TokenAlignment {
    /**
     * The alignment of one answer with the reference.
     *
     * @param recall the mean best cosine over the reference's counted pieces, in [0, 1]
     * @param perSentence the same for each reference sentence (1 for a sentence with no counted piece)
     */
    record Result(double recall, double[] perSentence) {}

    private TokenAlignment() {}

    static Result recall(List<Encoded> reference, List<Encoded> answer, Set<String> promptStems) {
        int level = 2;
        while (level > 0 && !any(reference, promptStems, level)) {
            level--;
        }
        var said = new ArrayList<float[]>();
        for (Encoded a : answer) {
            for (int t = 0; t < a.tokens().length; t++) {
                if (counts(a.words()[t], promptStems, level)) {
                    said.add(a.tokens()[t]);
                }
            }
        }
        double[] perSentence = new double[reference.size()];
        double total = 0;
        int counted = 0;
        for (int s = 0; s < reference.size(); s++) {
            Encoded r = reference.get(s);
            double sum = 0;
            int n = 0;
            for (int t = 0; t < r.tokens().length; t++) {
                if (counts(r.words()[t], promptStems, level)) {
                    sum += best(r.tokens()[t], said);
                    n++;
                }
            }
            perSentence[s] = n == 0 ? 1 : sum / n;
            total += sum;
            counted += n;
        }
        return new Result(counted == 0 ? 0 : total / counted, perSentence);
    }

    /** Whether a piece of this word counts: 2, a content word the prompt does not say; 1, a content word; 0, any. */
    private static boolean counts(String word, Set<String> promptStems, int level) {
        if (level == 0) {
            return true;
        }
        boolean content = !word.isEmpty() && Character.isLetterOrDigit(word.codePointAt(0))
                && !Words.GRAMMAR.contains(word);
        return content && (level == 1 || !promptStems.contains(Words.stem(word)));
    }

    private static boolean any(List<Encoded> texts, Set<String> promptStems, int level) {
        for (Encoded e : texts) {
            for (String w : e.words()) {
                if (counts(w, promptStems, level)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The highest cosine (clipped at 0) of a unit vector with any of the others, all of unit length. */
    private static double best(float[] v, List<float[]> others) {
        float best = 0;
        for (float[] o : others) {
            float dot = 0;
            for (int d = 0; d < v.length; d++) {
                dot += v[d] * o[d];
            }
            if (dot > best) {
                best = dot;
            }
        }
        return Math.min(1, best);
    }
}
