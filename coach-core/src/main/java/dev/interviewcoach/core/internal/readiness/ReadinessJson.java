package dev.interviewcoach.core.internal.readiness;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interviewcoach.api.CoachException;
import dev.interviewcoach.core.Readiness;
import java.util.List;

/** Writes a {@link Readiness} as JSON: dates as ISO strings, absent values as null. */
public final class ReadinessJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReadinessJson() {}

    /**
     * The JSON of a readiness.
     *
     * @param readiness the readiness
     * @return the JSON text
     */
    public static String write(Readiness readiness) {
        var root = MAPPER.createObjectNode();
        root.put("learnerId", readiness.learnerId());
        root.put("trackId", readiness.trackId());
        root.put("asOf", readiness.asOf().toString());
        root.put("interviewDate", readiness.interviewDate().map(Object::toString).orElse(null));
        root.put("overall", readiness.overall());
        var concepts = root.putArray("concepts");
        for (var c : readiness.concepts()) {
            var node = concepts.addObject();
            node.put("conceptId", c.conceptId());
            node.put("title", c.title());
            node.put("heldRung", c.heldRung().map(Enum::name).orElse(null));
            node.put("heldBy", c.heldBy().name());
            node.put("placementConfidence", c.placementConfidence());
            strings(node.putArray("placementAttemptIds"), c.placementAttemptIds());
            var rungs = node.putArray("rungs");
            for (var r : c.rungs()) {
                ObjectNode rung = rungs.addObject();
                rung.put("level", r.level().name());
                rung.put("probability", r.probability());
                rung.put("status", r.status().name());
                rung.put("confidence", r.confidence());
                rung.put("evidenceCount", r.evidenceCount());
                strings(rung.putArray("attemptIds"), r.attemptIds());
            }
            var misconceptions = node.putArray("misconceptions");
            for (var m : c.misconceptions()) {
                ObjectNode mis = misconceptions.addObject();
                mis.put("id", m.id());
                mis.put("topicId", m.topicId());
                mis.put("status", m.status().name());
                mis.put("occurrences", m.occurrences());
                strings(mis.putArray("attemptIds"), m.attemptIds());
            }
            node.put("nextReview", c.nextReview().map(Object::toString).orElse(null));
            node.put("readiness", c.readiness());
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new CoachException("cannot write readiness as JSON", e);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
