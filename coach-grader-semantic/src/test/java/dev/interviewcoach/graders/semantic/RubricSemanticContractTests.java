package dev.interviewcoach.graders.semantic;

import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GraderSpec;
import dev.interviewcoach.tck.GraderContract;
import java.util.Map;
import java.util.Optional;

/** {@code rubric+semantic} meets the contract every grader meets. */
class RubricSemanticContractTests extends GraderContract {
    @Override
    protected Grader createGrader() {
        return SemanticGraders.rubricSemantic();
    }

    @Override
    protected Optional<Grader> createFailingGrader() {
        // a model whose files are not on the class path: grading must report ERROR
        return Optional.of(new dev.interviewcoach.graders.semantic.internal.SemanticGraderProvider()
                .create(new GraderSpec("rubric+semantic", Map.of("model", "e5-small-v2-q"))));
    }
}
