package dev.interviewcoach.core.internal.flow;

import dev.interviewcoach.api.LearnerProfile;
import dev.interviewcoach.api.Track;
import java.time.LocalDate;
import java.util.HashSet;

/**
 * What a profile change may not bring: focus on a concept or topic the track does not have, or an
 * interview date already past. A value the profile held before stays, so a track that lost a concept
 * does not block other changes.
 */
final class ProfileChanges {
    private ProfileChanges() {}

    /**
     * The most characters of text a profile may hold, all its strings together: it is stored with the
     * learner's state, which every step writes again.
     */
    static final int MAX_TEXT_CHARS = 16 * 1024;

    /** The characters of all the profile's strings. */
    static int textSize(LearnerProfile profile) {
        long n = profile.targetRole().map(String::length).orElse(0);
        for (String s : profile.stack()) {
            n += s.length();
        }
        for (var e : profile.preferences().entrySet()) {
            n += e.getKey().length() + e.getValue().length();
        }
        for (String s : profile.focusConceptIds()) {
            n += s.length();
        }
        for (String s : profile.focusTopicIds()) {
            n += s.length();
        }
        n += profile.trackVariant().map(String::length).orElse(0);
        return (int) Math.min(Integer.MAX_VALUE, n);
    }

    /**
     * Refuses a change that brings what it may not.
     *
     * @param before the profile stored
     * @param after the profile the change makes
     * @param track the track the profile is on
     * @param today the day, by the coach's clock
     * @throws IllegalArgumentException naming what the change may not bring
     */
    static void check(LearnerProfile before, LearnerProfile after, Track track, LocalDate today) {
        var concepts = track.concepts();
        for (String id : after.focusConceptIds()) {
            if (!before.focusConceptIds().contains(id) && track.concept(id).isEmpty()) {
                throw new IllegalArgumentException("no concept '" + id + "' on track " + track.id() + " to focus on; "
                        + "concepts: " + concepts.stream().map(c -> c.id()).toList());
            }
        }
        var topics = new HashSet<String>();
        concepts.forEach(c -> c.topics().forEach(t -> topics.add(t.id())));
        for (String id : after.focusTopicIds()) {
            if (!before.focusTopicIds().contains(id) && !topics.contains(id)) {
                throw new IllegalArgumentException("no topic '" + id + "' on track " + track.id() + " to focus on; "
                        + "its topics are listed by Track.concepts(), e.g. " + topics.stream().sorted().limit(3).toList());
            }
        }
        int size = textSize(after);
        if (size > MAX_TEXT_CHARS && size > textSize(before)) {
            throw new IllegalArgumentException("the profile holds " + size + " characters of text (role, stack, "
                    + "preferences and focus), more than the " + MAX_TEXT_CHARS + " a profile may hold: it is stored "
                    + "with the learner and written again at every step; nothing was changed");
        }
        after.interviewDate().filter(d -> !after.interviewDate().equals(before.interviewDate()) && d.isBefore(today))
                .ifPresent(d -> {
                    throw new IllegalArgumentException("the interview date " + d + " is already past (today is "
                            + today + "); set a date from today on, or clear it with LearnerProfile.withoutInterviewDate()");
                });
    }
}
