package dev.interviewcoach.graders.semantic.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Vectors of the texts that come back with every answer of a challenge (rubric wordings, reference
 * sentences), kept so they are embedded once: least recently used first out past {@link #CAPACITY}
 * entries (about 6 MB of 384-dimension vectors). Keys name their scope and content.
 */
final class VectorCache {
    /** The most vectors kept. */
    static final int CAPACITY = 4096;

    private final Map<String, float[]> vectors;

    /** A cache of {@link #CAPACITY} vectors. */
    VectorCache() {
        this(CAPACITY);
    }

    /** A cache of at most {@code capacity} vectors. */
    VectorCache(int capacity) {
        vectors = new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The vectors of the texts, embedding those not kept in one batch.
     *
     * @param scope what the texts belong to (a challenge id, a question)
     * @param texts the texts
     * @param encoder the model
     * @return one vector per text
     */
    float[][] vectors(String scope, List<String> texts, Encoder encoder) {
        float[][] out = new float[texts.size()][];
        var missing = new ArrayList<String>();
        var missingAt = new ArrayList<Integer>();
        synchronized (vectors) {
            for (int i = 0; i < out.length; i++) {
                out[i] = vectors.get(key(scope, texts.get(i), encoder));
                if (out[i] == null) {
                    missing.add(texts.get(i));
                    missingAt.add(i);
                }
            }
        }
        if (!missing.isEmpty()) {
            float[][] fresh = encoder.embed(missing);
            synchronized (vectors) {
                for (int m = 0; m < fresh.length; m++) {
                    out[missingAt.get(m)] = fresh[m];
                    vectors.put(key(scope, missing.get(m), encoder), fresh[m]);
                }
            }
        }
        return out;
    }

    int size() {
        synchronized (vectors) {
            return vectors.size();
        }
    }

    private static String key(String scope, String text, Encoder encoder) {
        return encoder.spec().name() + '\u0000' + scope + '\u0000' + text;
    }
}
