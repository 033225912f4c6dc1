package dev.interviewcoach.cli.internal;

import java.util.Optional;

/**
 * The parts of a follow-up's challenge id, {@code <original-id>#follow-up.<criterion-id>} (the form the
 * coach documents for the follow-ups it derives), so a report can show the follow-up's own question and
 * its criterion in words.
 *
 * @param originalId the challenge the follow-up came from
 * @param criterionId the criterion it asks about
 */
record FollowUpIds(String originalId, String criterionId) {
    private static final String MARK = "#follow-up.";

    /** The parts of a follow-up's id; empty for any other challenge id. */
    static Optional<FollowUpIds> of(String challengeId) {
        int at = challengeId.indexOf(MARK);
        if (at <= 0 || at + MARK.length() >= challengeId.length()) {
            return Optional.empty();
        }
        return Optional.of(new FollowUpIds(challengeId.substring(0, at), challengeId.substring(at + MARK.length())));
    }
}
