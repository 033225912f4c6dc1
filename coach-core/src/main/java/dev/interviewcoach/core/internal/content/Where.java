package dev.interviewcoach.core.internal.content;

/**
 * Records problems found on the objects of one document at the place they were read from.
 *
 * @param resource the document, e.g. {@code backend/http/define.yaml}
 * @param locations where each object of the document was read
 * @param problems where problems go
 */
record Where(String resource, Locations locations, Problems problems) {
    /** A problem with an object (a record, list or map of the document) as a whole, at its start. */
    void at(Object node, String field, String message) {
        problems.add(resource, locations.start(node), field, message);
    }

    /**
     * A problem with one part of an object: a record's component by name, a list's element by index
     * or a map's entry by key; at the start of the object when that part is absent.
     */
    void at(Object node, Object part, String field, String message) {
        problems.add(resource, locations.part(node, part), field, message);
    }

    /** A problem at a known place. */
    void at(Position position, String field, String message) {
        problems.add(resource, position, field, message);
    }
}
