package dev.interviewcoach.grader.llm.internal;

import dev.interviewcoach.api.CriterionOutcome;
import java.util.List;
import java.util.Objects;

/**
 * What the model claimed about one answer, before any claim is checked: per criterion a status with
 * quotes, misconceptions with quotes, feedback, and whether the answer addressed the grader.
 *
 * @param criteria one claim per rubric criterion, in rubric order
 * @param misconceptions misconceptions claimed, with quotes
 * @param feedback the model's feedback to the candidate
 * @param addressesGrader whether the model saw text addressed to the grader
 */
record ModelVerdict(List<CriterionClaim> criteria, List<MisconceptionClaim> misconceptions, String feedback,
        boolean addressesGrader) {
    ModelVerdict {
        criteria = List.copyOf(criteria);
        misconceptions = List.copyOf(misconceptions);
        Objects.requireNonNull(feedback, "feedback");
    }

    /**
     * The claim about one criterion.
     *
     * @param criterionId the criterion
     * @param outcome the status claimed
     * @param quotes the passages quoted as evidence
     * @param note a short note on the criterion
     */
    record CriterionClaim(String criterionId, CriterionOutcome outcome, List<String> quotes, String note) {
        CriterionClaim {
            Objects.requireNonNull(criterionId, "criterionId");
            Objects.requireNonNull(outcome, "outcome");
            quotes = List.copyOf(quotes);
            Objects.requireNonNull(note, "note");
        }
    }

    /**
     * The claim that a misconception shows.
     *
     * @param misconceptionId the misconception
     * @param quotes the passages quoted as evidence
     */
    record MisconceptionClaim(String misconceptionId, List<String> quotes) {
        MisconceptionClaim {
            Objects.requireNonNull(misconceptionId, "misconceptionId");
            quotes = List.copyOf(quotes);
        }
    }
}
