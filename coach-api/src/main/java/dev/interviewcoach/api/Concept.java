package dev.interviewcoach.api;

import java.util.List;
import java.util.Optional;

/**
 * A concept of a track, such as "HTTP and web fundamentals", with its topics.
 *
 * @param id stable id
 * @param title human-readable title
 * @param order position of the concept in the track, from 1
 * @param topics the topics, in presentation order
 * @since 0.1
 */
public record Concept(String id, String title, int order, List<Topic> topics) {
    /** Validates the components and copies the list. */
    public Concept {
        Require.id(id, "id");
        Require.nonBlank(title, "title");
        if (order < 1) {
            throw new IllegalArgumentException("order must be at least 1, was " + order);
        }
        topics = List.copyOf(Require.nonEmpty(topics, "topics"));
    }

    /**
     * Finds a topic of this concept.
     *
     * @param topicId the topic id
     * @return the topic, or empty when this concept has none with that id
     */
    public Optional<Topic> topic(String topicId) {
        return topics.stream().filter(t -> t.id().equals(topicId)).findFirst();
    }

    /**
     * Returns a copy of this concept with more topics appended.
     *
     * @param more topics to add
     * @return the extended concept
     */
    public Concept withTopicsAdded(List<Topic> more) {
        var all = new java.util.ArrayList<>(topics);
        all.addAll(more);
        return new Concept(id, title, order, all);
    }
}
