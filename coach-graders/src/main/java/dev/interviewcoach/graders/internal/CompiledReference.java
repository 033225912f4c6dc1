package dev.interviewcoach.graders.internal;

import dev.interviewcoach.api.Challenge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A challenge's reference answer analysed once for the reference grader: its distinct content words
 * (in order of first use) with their weights, its adjacent word pairs, and its ideas (sentences or
 * clauses) for feedback.
 */
final class CompiledReference {
    /** One sentence or clause of the reference, and the indices of the reference words it holds. */
    record Idea(String text, int[] words) {}

    private static final Pattern IDEA_BREAK = Pattern.compile("(?<=[.!?;])\\s+|\\s*\\n\\s*");

    final Challenge challenge;
    /** Distinct content stems of the reference, in order of first occurrence. */
    final String[] stems;
    /** The first surface form of each stem, as written in the reference. */
    final String[] surfaces;
    /** IDF weight of each stem, times the question weight when the question uses it too. */
    final double[] weights;
    /** How often each stem occurs in the reference. */
    final int[] counts;
    final Map<String, Integer> index;
    /** Adjacent pairs of reference words (indices, smaller first) with their weights. */
    final Map<Long, Integer> pairIndex;
    final double[] pairWeights;
    final List<Idea> ideas;
    final Set<String> questionStems;
    final TermStatistics statistics;
    final double questionWeight;
    final int contentCount;
    final double totalWeight;
    /** Euclidean norm of the reference's TF-IDF vector. */
    final double norm;
    /** The reference answer's share of grammar words: what its own prose looks like. */
    final double grammarShare;

    private CompiledReference(Challenge challenge, AnalyzedText reference, Set<String> questionStems,
            TermStatistics statistics, double questionWeight) {
        this.challenge = challenge;
        this.questionStems = questionStems;
        this.statistics = statistics;
        this.questionWeight = questionWeight;
        this.contentCount = reference.contentCount;
        this.grammarShare = reference.functionWordRatio();
        var order = new ArrayList<String>();
        var surfaceList = new ArrayList<String>();
        var idx = new HashMap<String, Integer>();
        int[] positionWord = new int[reference.contentCount];
        for (int p = 0; p < reference.contentCount; p++) {
            int token = reference.contentTokens[p];
            String stem = reference.stems[token];
            Integer i = idx.get(stem);
            if (i == null) {
                i = order.size();
                idx.put(stem, i);
                order.add(stem);
                surfaceList.add(reference.text.substring(reference.starts[token], reference.ends[token]));
            }
            positionWord[p] = i;
        }
        this.stems = order.toArray(String[]::new);
        this.surfaces = surfaceList.toArray(String[]::new);
        this.index = Map.copyOf(idx);
        this.counts = new int[stems.length];
        for (int w : positionWord) {
            counts[w]++;
        }
        this.weights = new double[stems.length];
        double total = 0;
        double sumSquares = 0;
        for (int i = 0; i < stems.length; i++) {
            weights[i] = weight(stems[i], surfaces[i]);
            total += weights[i];
            double v = tf(counts[i]) * weights[i];
            sumSquares += v * v;
        }
        this.totalWeight = total;
        this.norm = Math.sqrt(sumSquares);
        var pairs = new HashMap<Long, Integer>();
        var pairWeightList = new ArrayList<Double>();
        for (int p = 0; p + 1 < positionWord.length; p++) {
            int a = positionWord[p];
            int b = positionWord[p + 1];
            if (a != b && pairs.putIfAbsent(pairKey(a, b), pairWeightList.size()) == null) {
                pairWeightList.add((weights[a] + weights[b]) / 2);
            }
        }
        this.pairIndex = Map.copyOf(pairs);
        this.pairWeights = pairWeightList.stream().mapToDouble(Double::doubleValue).toArray();
        this.ideas = ideas(reference.text, idx);
    }

    static CompiledReference compile(Challenge challenge, TermStatistics statistics, double questionWeight) {
        AnalyzedText question = TextAnalyzer.content(challenge.prompt().fullText());
        var questionStems = new HashSet<String>();
        for (int p = 0; p < question.contentCount; p++) {
            questionStems.add(question.stems[question.contentTokens[p]]);
        }
        AnalyzedText reference = TextAnalyzer.content(challenge.referenceAnswer());
        return new CompiledReference(challenge, reference, Set.copyOf(questionStems), statistics, questionWeight);
    }

    /** The weight of a word: its IDF, demoted when the question uses it. */
    double weight(String stem, String surface) {
        double idf = statistics.idf(stem, surface.toLowerCase(Locale.ROOT));
        return questionStems.contains(stem) ? idf * questionWeight : idf;
    }

    /** Sublinear term frequency, so repeating a word adds little. */
    static double tf(int count) {
        return count == 0 ? 0 : 1 + Math.log(count);
    }

    static long pairKey(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    private static List<Idea> ideas(String text, Map<String, Integer> idx) {
        var out = new ArrayList<Idea>();
        for (String part : IDEA_BREAK.split(text.strip())) {
            AnalyzedText t = TextAnalyzer.content(part);
            var words = new ArrayList<Integer>();
            for (int p = 0; p < t.contentCount; p++) {
                Integer i = idx.get(t.stems[t.contentTokens[p]]);
                if (i != null && !words.contains(i)) {
                    words.add(i);
                }
            }
            if (!words.isEmpty()) {
                out.add(new Idea(part.strip(), words.stream().mapToInt(Integer::intValue).toArray()));
            }
        }
        return List.copyOf(out);
    }
}
