package dev.interviewcoach.core.internal.flow;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.CriterionOutcome;
import dev.interviewcoach.api.FollowUp;
import dev.interviewcoach.api.Grade;
import java.util.ArrayList;
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
        for (var c : grade.criteria()) {
            if (c.outcome() != CriterionOutcome.MET) {
                notMet.add(c.criterionId());
            }
        }
        if (notMet.isEmpty()) {
            return List.of(challenge.followUps().get(0));
        }
        var onGaps = new ArrayList<FollowUp>();
        for (var f : challenge.followUps()) {
            if (notMet.contains(f.criterionId())) {
                onGaps.add(f);
            }
        }
        return List.copyOf(onGaps);
    }
}
