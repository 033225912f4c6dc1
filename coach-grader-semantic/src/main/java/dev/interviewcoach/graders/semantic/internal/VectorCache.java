package dev.interviewcoach.graders.semantic.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the model read of the texts that come back with every answer of a challenge (rubric wordings,
 * reference sentences), kept so they are read once: least recently used first out once the kept
 * vectors pass {@link #BUDGET} floats (16 MB). Wordings keep their sentence vector only, reference
 * sentences their token vectors too. Keys name their scope and content.
 */
final class VectorCache {
    /** The most floats kept: about 10,000 sentence vectors, or 500 reference sentences of 20 word pieces. */
    static final int BUDGET = 4 * 1024 * 1024;

    private final Map<String, Encoded> kept = new LinkedHashMap<>(256, 0.75f, true);
    private final int budget;
    private int used;

    /** A cache of {@link #BUDGET} floats. */
    VectorCache() {
        this(BUDGET);
    }

    /** A cache of at most {@code budget} floats. */
    VectorCache(int budget) {
        this.budget = budget;
    }

    /**
     * The sentence vectors of the texts, reading those not kept in one batch.
     *
     * @param scope what the texts belong to (a challenge id, a question)
     * @param texts the texts
     * @param encoder the model
     * @return one vector per text
     */
    float[][] vectors(String scope, List<String> texts, Encoder encoder) {
        var encoded = get(scope, texts, encoder, false);
        float[][] out = new float[encoded.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = encoded.get(i).vector();
        }
        return out;
    }

    /**
     * What the model read of the texts, token vectors included, reading those not kept in one batch.
     *
     * @param scope what the texts belong to
     * @param texts the texts
     * @param encoder the model
     * @return one reading per text
     */
    List<Encoded> encodings(String scope, List<String> texts, Encoder encoder) {
        return get(scope, texts, encoder, true);
    }

    private List<Encoded> get(String scope, List<String> texts, Encoder encoder, boolean tokens) {
        var out = new ArrayList<Encoded>(texts.size());
        var missing = new ArrayList<String>();
        var missingAt = new ArrayList<Integer>();
        synchronized (kept) {
            for (int i = 0; i < texts.size(); i++) {
                Encoded e = kept.get(key(scope, texts.get(i), encoder, tokens));
                out.add(e);
                if (e == null) {
                    missing.add(texts.get(i));
                    missingAt.add(i);
                }
            }
        }
        if (!missing.isEmpty()) {
            var fresh = encoder.encode(missing);
            synchronized (kept) {
                for (int m = 0; m < fresh.size(); m++) {
                    Encoded e = tokens ? fresh.get(m) : fresh.get(m).vectorOnly();
                    out.set(missingAt.get(m), e);
                    Encoded old = kept.put(key(scope, missing.get(m), encoder, tokens), e);
                    used += e.floats() - (old == null ? 0 : old.floats());
                }
                Iterator<Encoded> eldest = kept.values().iterator();
                while (used > budget && eldest.hasNext()) {
                    used -= eldest.next().floats();
                    eldest.remove();
                }
            }
        }
        return out;
    }

    int size() {
        synchronized (kept) {
            return kept.size();
        }
    }

    private static String key(String scope, String text, Encoder encoder, boolean tokens) {
        return encoder.spec().name() + (tokens ? "\u0000t\u0000" : "\u0000v\u0000") + scope + '\u0000' + text;
    }
}
