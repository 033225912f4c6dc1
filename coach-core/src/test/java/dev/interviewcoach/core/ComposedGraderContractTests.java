package dev.interviewcoach.core;

import dev.interviewcoach.api.Grade;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import dev.interviewcoach.tck.GraderContract;
import org.junit.jupiter.api.Nested;

/** Graders composed from others meet the grader contract like any grader. */
class ComposedGraderContractTests {
    /** A grader that never scores, so the chain's second member grades every answer. */
    static Grader abstaining() {
        return new Grader() {
            @Override
            public String id() {
                return "picky";
            }

            @Override
            public String version() {
                return "1";
            }

            @Override
            public Grade grade(GradingRequest request) {
                return Grade.abstain(id(), version(), "no opinion");
            }
        };
    }

    /** A fallback chain whose first member abstains. */
    @Nested
    class AFallbackChain extends GraderContract {
        @Override
        protected Grader createGrader() {
            return Graders.fallback(abstaining(), Graders.rubric());
        }
    }

    /** A weighted composite of the rubric and reference graders. */
    @Nested
    class AComposite extends GraderContract {
        @Override
        protected Grader createGrader() {
            return Graders.composite(Graders.weight(Graders.reference(), 1), Graders.weight(Graders.rubric(), 3));
        }
    }
}
