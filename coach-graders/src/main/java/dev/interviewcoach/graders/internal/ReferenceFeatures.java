package dev.interviewcoach.graders.internal;

import java.util.ArrayList;
import java.util.HashMap;

/**
 * Computes the {@link ReferenceFeature}s of one answer against a compiled reference, and which
 * reference words the answer used (and where). One pass over the answer, then work proportional to
 * its distinct words: linear in the answer.
 */
final class ReferenceFeatures {
    /**
     * The features and the matches behind them.
     *
     * @param values feature values by ordinal
     * @param tokens for each reference word, the answer token that matched it, or -1
     */
    record Result(double[] values, int[] tokens) {}

    private ReferenceFeatures() {}

    static Result compute(CompiledReference ref, AnalyzedText answer, double k1, double b) {
        int words = ref.stems.length;
        // distinct answer words in order of first use, with their first token and count
        var firstIndex = new HashMap<String, Integer>();
        var distinct = new ArrayList<String>();
        var firstToken = new ArrayList<Integer>();
        var countList = new ArrayList<int[]>();
        for (int p = 0; p < answer.contentCount; p++) {
            int token = answer.contentTokens[p];
            String stem = answer.stems[token];
            Integer d = firstIndex.get(stem);
            if (d == null) {
                firstIndex.put(stem, distinct.size());
                distinct.add(stem);
                firstToken.add(token);
                countList.add(new int[] {1});
            } else {
                countList.get(d)[0]++;
            }
        }
        int[] matchToken = new int[words];
        int[] tf = new int[words];
        double exact = 0;
        double fuzzy = 0;
        double bm25 = 0;
        double dot = 0;
        double avgdl = ref.statistics.averageLength() > 0 ? ref.statistics.averageLength() : Math.max(1, ref.contentCount);
        double lengthNorm = k1 * (1 - b + b * answer.contentCount / avgdl);
        double selfNorm = k1 * (1 - b + b * ref.contentCount / avgdl);
        double selfBm25 = 0;
        for (int i = 0; i < words; i++) {
            selfBm25 += ref.weights[i] * ref.counts[i] * (k1 + 1) / (ref.counts[i] + selfNorm);
            Integer d = firstIndex.get(ref.stems[i]);
            matchToken[i] = -1;
            if (d != null) {
                tf[i] = countList.get(d)[0];
                matchToken[i] = firstToken.get(d);
                exact += ref.weights[i];
                fuzzy += ref.weights[i];
                bm25 += ref.weights[i] * tf[i] * (k1 + 1) / (tf[i] + lengthNorm);
                dot += CompiledReference.tf(tf[i]) * ref.weights[i] * CompiledReference.tf(ref.counts[i]) * ref.weights[i];
            } else {
                int near = Spelling.nearest(ref.stems[i], distinct);
                if (near >= 0) {
                    matchToken[i] = firstToken.get(near);
                    fuzzy += ref.weights[i];
                }
            }
        }
        double[] v = new double[ReferenceFeature.values().length];
        double total = ref.totalWeight;
        v[ReferenceFeature.COVERAGE.ordinal()] = ratio(exact, total);
        v[ReferenceFeature.FUZZY_COVERAGE.ordinal()] = ratio(fuzzy, total);
        v[ReferenceFeature.ROOT_COVERAGE.ordinal()] = Math.sqrt(v[ReferenceFeature.FUZZY_COVERAGE.ordinal()]);
        v[ReferenceFeature.BM25.ordinal()] = ratio(bm25, selfBm25);
        v[ReferenceFeature.BIGRAMS.ordinal()] = ref.pairWeights.length == 0
                ? v[ReferenceFeature.COVERAGE.ordinal()] : pairs(ref, answer);
        double answerWeight = 0;
        double sharedWeight = 0;
        double answerSquares = 0;
        for (int d = 0; d < distinct.size(); d++) {
            String stem = distinct.get(d);
            int token = firstToken.get(d);
            double w = ref.weight(stem, answer.text.substring(answer.starts[token], answer.ends[token]));
            answerWeight += w;
            if (ref.index.containsKey(stem)) {
                sharedWeight += w;
            }
            double x = CompiledReference.tf(countList.get(d)[0]) * w;
            answerSquares += x * x;
        }
        v[ReferenceFeature.PRECISION.ordinal()] = ratio(sharedWeight, answerWeight);
        v[ReferenceFeature.COSINE.ordinal()] = ratio(dot, Math.sqrt(answerSquares) * ref.norm);
        v[ReferenceFeature.LENGTH.ordinal()] = ratio(answer.contentCount, answer.contentCount + ref.contentCount);
        return new Result(v, matchToken);
    }

    /** Weighted share of the reference's word pairs that stand next to each other, in either order, in the answer. */
    private static double pairs(CompiledReference ref, AnalyzedText answer) {
        boolean[] found = new boolean[ref.pairWeights.length];
        int previous = -1;
        for (int p = 0; p < answer.contentCount; p++) {
            Integer word = ref.index.get(answer.stems[answer.contentTokens[p]]);
            int current = word == null ? -1 : word;
            if (previous >= 0 && current >= 0 && previous != current) {
                Integer k = ref.pairIndex.get(CompiledReference.pairKey(previous, current));
                if (k != null) {
                    found[k] = true;
                }
            }
            previous = current;
        }
        double got = 0;
        double all = 0;
        for (int k = 0; k < found.length; k++) {
            all += ref.pairWeights[k];
            if (found[k]) {
                got += ref.pairWeights[k];
            }
        }
        return ratio(got, all);
    }

    private static double ratio(double part, double whole) {
        if (!(whole > 0)) {
            return 0;
        }
        double r = part / whole;
        return Double.isNaN(r) ? 0 : Math.max(0, Math.min(1, r));
    }
}
