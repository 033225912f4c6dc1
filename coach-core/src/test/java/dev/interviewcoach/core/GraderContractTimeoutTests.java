package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.tck.GraderContract;
import org.junit.jupiter.api.Test;

/** The grader kit bounds a grade by the coach's own default timeout, which it cannot read itself. */
class GraderContractTimeoutTests {
    @Test
    void theKitBoundsEachGradeAtTheCoachsDefaultGraderTimeout() {
        assertThat(GraderContract.DEFAULT_GRADE_TIMEOUT).isEqualTo(Coach.DEFAULT_GRADER_TIMEOUT);
    }
}
