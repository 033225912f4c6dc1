package dev.interviewcoach.graders.semantic.internal;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One loaded sentence-embedding model: loaded once per JVM and model, lazily, on first use, by
 * whichever thread asks first (the others wait). ONNX Runtime runs each text on one thread (so a
 * text's vector never depends on how work was split), and the texts of one batch in parallel.
 */
final class Encoder {
    private static final ConcurrentHashMap<String, Encoder> LOADED = new ConcurrentHashMap<>();
    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), daemonThreads());

    private final ModelSpec spec;
    private final InProcessModel model;
    private final long loadNanos;

    private Encoder(ModelSpec spec, InProcessModel model, long loadNanos) {
        this.spec = spec;
        this.model = model;
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
        if (texts.isEmpty()) {
            return new float[0][];
        }
        var segments = new ArrayList<TextSegment>(texts.size());
        for (String t : texts) {
            segments.add(TextSegment.from(spec.prefix() + t));
        }
        var embeddings = model.embedAll(segments).content();
        float[][] out = new float[texts.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = embeddings.get(i).vector();
        }
        return out;
    }

    private static Encoder load(ModelSpec spec) {
        long start = System.nanoTime();
        try (InputStream onnx = open(spec.onnx(), spec); InputStream tokenizer = open(spec.tokenizer(), spec)) {
            byte[] bytes = onnx.readAllBytes();
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            try (var options = new OrtSession.SessionOptions()) {
                // One thread per run and sequential execution: the same text gives the same vector,
                // whatever else runs at the time.
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
                OrtSession session = environment.createSession(bytes, options);
                var encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
                return new Encoder(spec, new InProcessModel(encoder), System.nanoTime() - start);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model " + spec.name(), e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the model " + spec.name() + ": " + e.getMessage(), e);
        }
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

    /** The embedding library's in-process model over our own session; batches run on our workers. */
    private static final class InProcessModel extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        InProcessModel(OnnxBertBiEncoder encoder) {
            super(WORKERS);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }
    }
}
