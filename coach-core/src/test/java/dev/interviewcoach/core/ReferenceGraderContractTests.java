package dev.interviewcoach.core;

import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.tck.GraderContract;

/** The reference grader meets the grader contract. */
class ReferenceGraderContractTests extends GraderContract {
    @Override
    protected Grader createGrader() {
        return Graders.reference();
    }
}
