package dev.interviewcoach.graders.semantic.internal;

import dev.interviewcoach.graders.semantic.SemanticGraders;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.tck.GraderContract;
import java.util.Optional;

/** {@code rubric+semantic} meets the contract every grader meets. */
class RubricSemanticContractTests extends GraderContract {
    @Override
    protected Grader createGrader() {
        return SemanticGraders.rubricSemantic();
    }

    @Override
    protected Optional<Grader> createFailingGrader() {
        // a model whose files are not on the class path, past the check a provider makes when it builds a
        // grader: grading must report ERROR
        return Optional.of(SemanticGraderProvider.rubricSemantic(ModelSpec.E5_SMALL_V2_Q, MatchSettings.DEFAULT));
    }
}
