package dev.interviewcoach.core;

import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.tck.GraderContract;

/** The default rubric grader meets the grader contract. */
class RubricGraderContractTests extends GraderContract {
    @Override
    protected Grader createGrader() {
        return Graders.rubric();
    }
}
