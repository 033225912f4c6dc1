package dev.interviewcoach.content.backend;

import dev.interviewcoach.api.Challenge;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How alike two challenges' stories are: the cosine of their TF-IDF vectors over the words of the
 * prompt, scenario and constraints (lowercased, words of three letters or more, common English words
 * left out), with document frequencies taken over the given challenges. 1 is the same story, 0 shares
 * no word.
 */
final class StorySimilarity {
    private static final Set<String> COMMON = Set.of(("the and for with are its this that from your you what how when which who "
            + "does would should can each one two not into about say explain why use using below their them they there "
            + "have has was were will but than then all per same only after before give some any our out own".split(" ")));

    private final Map<String, Map<String, Double>> vectors = new HashMap<>();

    StorySimilarity(List<Challenge> challenges) {
        var counts = new HashMap<String, Map<String, Integer>>();
        var documentFrequency = new HashMap<String, Integer>();
        for (Challenge c : challenges) {
            var tf = new HashMap<String, Integer>();
            for (String word : words(story(c))) {
                tf.merge(word, 1, Integer::sum);
            }
            counts.put(c.id(), tf);
            tf.keySet().forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
        }
        int n = challenges.size();
        counts.forEach((id, tf) -> {
            var v = new HashMap<String, Double>();
            tf.forEach((w, k) -> v.put(w, (1 + Math.log(k)) * Math.log((double) n / documentFrequency.get(w))));
            double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
            v.replaceAll((w, x) -> norm == 0 ? 0 : x / norm);
            vectors.put(id, v);
        });
    }

    static String story(Challenge c) {
        var p = c.prompt();
        return String.join(" ", p.text(), p.scenario().orElse(""), String.join(" ", p.constraints()));
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .filter(w -> w.length() >= 3 && !COMMON.contains(w))
                .toList();
    }

    double between(Challenge a, Challenge b) {
        var va = vectors.get(a.id());
        var vb = vectors.get(b.id());
        double dot = 0;
        for (var e : va.entrySet()) {
            dot += e.getValue() * vb.getOrDefault(e.getKey(), 0.0);
        }
        return dot;
    }
}
