package dev.interviewcoach.graders.semantic.internal;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One loaded sentence-embedding model: loaded once per JVM and model, lazily, on first use, by
 * whichever thread asks first (the others wait). ONNX Runtime runs each text on one thread (so a
 * text's vectors never depend on how work was split), and the texts of one batch in parallel. The
 * model's output gives both the sentence vector (the mean of its token states, as the model was
 * trained) and each word piece's own vector, for token-level alignment.
 */
final class Encoder {
    private static final ConcurrentHashMap<String, Encoder> LOADED = new ConcurrentHashMap<>();
    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), daemonThreads());

    /** The most word pieces the model reads in one run (its 512 positions less the two markers). */
    static final int MAX_PIECES = 510;

    private final ModelSpec spec;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;
    private final long clsId;
    private final long sepId;
    private final int prefixPieces;
    private final long loadNanos;

    private Encoder(ModelSpec spec, OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer,
            long loadNanos) throws OrtException {
        this.spec = spec;
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.typeIds = session.getInputNames().contains("token_type_ids");
        long[] framed = tokenizer.encode("", true, false).getIds();
        this.clsId = framed[0];
        this.sepId = framed[framed.length - 1];
        this.prefixPieces = spec.prefix().isEmpty() ? 0 : tokenizer.encode(spec.prefix(), false, false).getIds().length;
        this.loadNanos = loadNanos;
    }

    /** The loaded model, loading it on first use; a failed load is not remembered and is tried again. */
    static Encoder of(ModelSpec spec) {
        return LOADED.computeIfAbsent(spec.name(), name -> load(spec));
    }

    /** How long loading took, in nanoseconds. */
    long loadNanos() {
        return loadNanos;
    }

    ModelSpec spec() {
        return spec;
    }

    /**
     * Embeds texts in one batch; each vector has unit length.
     *
     * @param texts non-blank texts
     * @return one vector per text, in order
     */
    float[][] embed(List<String> texts) {
        var encoded = encode(texts);
        float[][] out = new float[encoded.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = encoded.get(i).vector();
        }
        return out;
    }

    /**
     * Reads texts in one batch: each text is one run of the model (on one thread, so its result never
     * depends on the rest of the batch), the texts of the batch in parallel.
     *
     * @param texts non-blank texts
     * @return what the model read of each text, in order
     */
    List<Encoded> encode(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        var tasks = new ArrayList<Callable<Encoded>>(texts.size());
        for (String t : texts) {
            tasks.add(() -> encodeOne(t));
        }
        if (tasks.size() == 1) {
            try {
                return List.of(tasks.get(0).call());
            } catch (Exception e) {
                throw failure(e);
            }
        }
        try {
            var out = new ArrayList<Encoded>(texts.size());
            for (Future<Encoded> f : WORKERS.invokeAll(tasks)) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while embedding", e);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    private static RuntimeException failure(Throwable e) {
        if (e instanceof RuntimeException r) {
            return r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        return new IllegalStateException("embedding failed: " + e.getMessage(), e);
    }

    /**
     * One text: its word pieces in runs of at most {@link #MAX_PIECES} (so nothing is cut off), each
     * run framed by the model's markers; the token states of all runs, and their mean.
     */
    private Encoded encodeOne(String text) throws OrtException {
        var encoding = tokenizer.encode(spec.prefix() + text, false, false);
        long[] ids = encoding.getIds();
        long[] wordIds = encoding.getWordIds();
        String[] pieces = encoding.getTokens();
        int skip = prefixPieces;
        int dim = -1;
        double[] sum = null;
        float[] first = null;
        int counted = 0;
        var tokens = new ArrayList<float[]>(ids.length);
        var words = new ArrayList<String>(ids.length);
        for (int from = 0; from < ids.length || from == 0; from += MAX_PIECES) {
            int to = Math.min(ids.length, from + MAX_PIECES);
            float[][] states = run(ids, from, to);
            if (first == null) {
                first = states[0];
            }
            if (sum == null) {
                dim = states[0].length;
                sum = new double[dim];
            }
            for (float[] state : states) {
                for (int d = 0; d < dim; d++) {
                    sum[d] += state[d];
                }
                counted++;
            }
            for (int t = from; t < to; t++) {
                if (t < skip) {
                    continue;
                }
                tokens.add(unit(states[t - from + 1]));
                words.add(wordOf(pieces, wordIds, t));
            }
            if (to == ids.length) {
                break;
            }
        }
        float[] vector = new float[dim];
        for (int d = 0; d < dim; d++) {
            vector[d] = (float) (sum[d] / counted);
        }
        if (spec.firstToken()) {
            vector = first;
        }
        return new Encoded(unit(vector), tokens.toArray(new float[0][]), words.toArray(new String[0]));
    }

    /** The model's token states for ids[from, to) framed by its start and end markers. */
    private float[][] run(long[] ids, int from, int to) throws OrtException {
        int n = to - from + 2;
        long[] input = new long[n];
        long[] mask = new long[n];
        input[0] = clsId;
        System.arraycopy(ids, from, input, 1, to - from);
        input[n - 1] = sepId;
        java.util.Arrays.fill(mask, 1);
        var inputs = new HashMap<String, OnnxTensor>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, new long[][] {input}));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, new long[][] {mask}));
            if (typeIds) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(environment, new long[][] {new long[n]}));
            }
            try (var result = session.run(inputs)) {
                return ((float[][][]) result.get(0).getValue())[0];
            }
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** The lower-case word a piece belongs to: the pieces sharing its word, joined. */
    private static String wordOf(String[] pieces, long[] wordIds, int t) {
        long w = wordIds[t];
        int from = t;
        while (from > 0 && wordIds[from - 1] == w) {
            from--;
        }
        var b = new StringBuilder();
        for (int i = from; i < pieces.length && wordIds[i] == w; i++) {
            b.append(pieces[i].startsWith("##") ? pieces[i].substring(2) : pieces[i]);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static float[] unit(float[] v) {
        double n = 0;
        for (float x : v) {
            n += (double) x * x;
        }
        float[] out = new float[v.length];
        if (n > 0) {
            double inv = 1 / Math.sqrt(n);
            for (int d = 0; d < v.length; d++) {
                out[d] = (float) (v[d] * inv);
            }
        }
        return out;
    }

    private static Encoder load(ModelSpec spec) {
        long start = System.nanoTime();
        try (InputStream onnx = open(spec.onnx(), spec); InputStream tokenizerJson = open(spec.tokenizer(), spec)) {
            byte[] bytes = onnx.readAllBytes();
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            try (var options = new OrtSession.SessionOptions()) {
                // One thread per run and sequential execution: the same text gives the same vector,
                // whatever else runs at the time.
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
                OrtSession session = environment.createSession(bytes, options);
                // no padding and no truncation: long texts are read in runs (encodeOne)
                var tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson,
                        Map.of("padding", "false", "truncation", "false"));
                return new Encoder(spec, environment, session, tokenizer, System.nanoTime() - start);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model " + spec.name(), e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the model " + spec.name() + ": " + e.getMessage(), e);
        }
    }

    /** Whether a model's files are on the class path, without loading it. */
    static boolean onClassPath(ModelSpec spec) {
        return spec == ModelSpec.MINILM_L6_V2_Q
                ? AllMiniLmL6V2QuantizedEmbeddingModel.class.getResource("/" + spec.onnx()) != null
                : Encoder.class.getClassLoader().getResource(spec.onnx()) != null;
    }

    private static InputStream open(String resource, ModelSpec spec) {
        // The default model's own module holds its files; others are looked up on the class path.
        InputStream in = spec == ModelSpec.MINILM_L6_V2_Q
                ? AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream("/" + resource)
                : Encoder.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the model " + spec.name() + " is not on the class path; add "
                    + spec.artifact());
        }
        return in;
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        var count = new AtomicInteger();
        return r -> {
            var t = new Thread(r, "semantic-embed-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
