/**
 * Optional semantic grading: a sentence-embedding {@link dev.interviewcoach.graders.EvidenceMatcher}
 * that hears a paraphrase, for the rubric grader ({@code rubric+semantic}), and a reference grader
 * variant that aligns an answer with the reference answer word piece by word piece ({@code semantic}).
 *
 * <p>The model (all-MiniLM-L6-v2, quantised) ships inside a Maven artifact and runs in process on
 * ONNX Runtime; nothing is downloaded at run time. Only {@code dev.interviewcoach.graders.semantic} is
 * exported; no type of the embedding library appears in its signatures.
 *
 * @since 0.1
 */
module dev.interviewcoach.graders.semantic {
    requires transitive dev.interviewcoach.graders;
    requires langchain4j.embeddings.all.minilm.l6.v2.q;
    requires com.microsoft.onnxruntime;
    requires ai.djl.tokenizers;

    exports dev.interviewcoach.graders.semantic;

    provides dev.interviewcoach.spi.GraderProvider
            with dev.interviewcoach.graders.semantic.internal.SemanticGraderProvider;
}
