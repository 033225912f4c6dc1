package dev.interviewcoach.api;

import java.util.List;

/**
 * A wrong belief candidates commonly hold, how it shows in an answer, and the correction.
 *
 * @param id stable id, unique in its challenge
 * @param shows how the misconception shows in an answer
 * @param evidence wordings that signal it
 * @param correction what to tell a learner who holds it
 * @since 0.1
 */
public record Misconception(String id, String shows, List<Evidence> evidence, String correction) {
    /** Validates the components and copies the list. */
    public Misconception {
        Require.id(id, "id");
        Require.nonBlank(shows, "shows");
        evidence = List.copyOf(Require.nonEmpty(evidence, "evidence"));
        Require.nonBlank(correction, "correction");
    }
}
