package dev.interviewcoach.graders.semantic;

import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GraderSpec;
import dev.interviewcoach.tck.GraderContract;
import java.util.Map;
import java.util.Optional;

/** The {@code semantic} reference grader meets the contract every grader meets. */
class SemanticReferenceContractTests extends GraderContract {
    @Override
    protected Grader createGrader() {
        return SemanticGraders.semantic();
    }

    @Override
    protected Optional<Grader> createFailingGrader() {
        return Optional.of(new dev.interviewcoach.graders.semantic.internal.SemanticGraderProvider()
                .create(new GraderSpec("semantic", Map.of("model", "e5-small-v2-q"))));
    }
}
