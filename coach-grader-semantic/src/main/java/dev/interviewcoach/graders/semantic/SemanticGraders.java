package dev.interviewcoach.graders.semantic;

import dev.interviewcoach.graders.EvidenceMatcher;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GraderSpec;
import dev.interviewcoach.graders.semantic.internal.SemanticGraderProvider;
import java.time.Duration;

/**
 * Semantic grading in process: the rubric grader hearing paraphrases ({@code rubric+semantic}) and a
 * reference grader comparing meaning ({@code semantic}), on a sentence-embedding model that ships in
 * a Maven artifact (all-MiniLM-L6-v2, quantised) and runs on ONNX Runtime. Nothing is downloaded.
 *
 * <p>Both graders are also found by name, {@code Graders.byName("rubric+semantic")}, when this module
 * is on the class or module path. The model is loaded once per JVM, on first use; rubric wordings and
 * reference sentences are embedded once and kept (a bounded cache); an answer's sentences are
 * embedded in one batch. The model reads an answer's first {@value #WINDOW_WORDS} words in at most
 * {@value #MAX_SENTENCES} sentences of at most {@value #MAX_SENTENCE_WORDS} words (longer ones are cut);
 * when an answer is longer, the grade's message says how much was not read.
 *
 * @since 0.1
 */
public final class SemanticGraders {
    /** The most words of one answer the model reads. */
    public static final int WINDOW_WORDS = 600;
    /** The most sentences of one answer the model reads. */
    public static final int MAX_SENTENCES = 48;
    /** The most words in one sentence the model reads at once; longer sentences are cut into pieces. */
    public static final int MAX_SENTENCE_WORDS = 40;

    private SemanticGraders() {}

    /**
     * The rubric grader with the semantic matcher beside its word matching; its id is
     * {@code rubric+semantic}. A criterion met in other words quotes the sentence that met it.
     *
     * @return the grader
     */
    public static Grader rubricSemantic() {
        return byName("rubric+semantic");
    }

    /**
     * The semantic reference grader: how much of the reference answer the answer says, aligned word
     * piece by word piece on the model's contextual vectors (the words of the prompt left out on both
     * sides), blended 50/50 with the square root of the share of the reference's words the answer
     * uses. Its feedback names the reference sentences the answer did not cover.
     *
     * @return the grader
     */
    public static Grader semantic() {
        return byName("semantic");
    }

    /**
     * The semantic evidence matcher alone, to pass to {@code BuiltInGraders.rubric(..)} with others.
     *
     * @return the matcher
     */
    public static EvidenceMatcher matcher() {
        return SemanticGraderProvider.defaultMatcher();
    }

    /**
     * Loads the model now rather than on the first grade (once per JVM; later calls return at once).
     *
     * @return how long the load took, whichever call made it
     */
    public static Duration loadModel() {
        return Duration.ofNanos(SemanticGraderProvider.loadDefault());
    }

    private static Grader byName(String name) {
        return new SemanticGraderProvider().create(GraderSpec.of(name));
    }
}
