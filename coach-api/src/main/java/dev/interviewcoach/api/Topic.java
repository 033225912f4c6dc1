package dev.interviewcoach.api;

/**
 * One topic of a concept, such as "idempotency and safe methods".
 *
 * @param id stable id, {@code <concept>.<slug>}
 * @param title human-readable title
 * @since 0.1
 */
public record Topic(String id, String title) {
    /** Validates the components. */
    public Topic {
        Require.id(id, "id");
        Require.nonBlank(title, "title");
    }
}
