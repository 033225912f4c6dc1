package dev.interviewcoach.core.internal.flow;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.CriterionOutcome;
import dev.interviewcoach.api.FollowUp;
import dev.interviewcoach.api.Grade;
import java.util.HashSet;
import java.util.List;

/** The follow-up questions to put after an answer. */
final class FollowUps {
    private FollowUps() {}

    /**
     * The follow-ups tied to criteria the grade did not fully meet, or the first follow-up as a
     * stretch question when every criterion was met. A grade without a score gets none.
     *
     * @param challenge the challenge answered
     * @param grade its grade
     * @return the follow-up questions, in the challenge's order
     */
    static List<FollowUp> after(Challenge challenge, Grade grade) {
        if (!grade.isScored() || challenge.followUps().isEmpty()) {
            return List.of();
        }
        var notMet = new HashSet<String>();
        grade.criteria().stream().filter(c -> c.outcome() != CriterionOutcome.MET).forEach(c -> notMet.add(c.criterionId()));
        var onGaps = challenge.followUps().stream().filter(f -> notMet.contains(f.criterionId())).toList();
        return onGaps.isEmpty() && notMet.isEmpty() ? List.of(challenge.followUps().get(0)) : onGaps;
    }
}
