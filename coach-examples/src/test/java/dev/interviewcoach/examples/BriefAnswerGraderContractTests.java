package dev.interviewcoach.examples;

import dev.interviewcoach.examples.grader.BriefAnswerGrader;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.tck.GraderContract;

/** The example grader passes the grader contract kit. */
class BriefAnswerGraderContractTests extends GraderContract {
    @Override
    protected Grader createGrader() {
        return new BriefAnswerGrader();
    }
}
