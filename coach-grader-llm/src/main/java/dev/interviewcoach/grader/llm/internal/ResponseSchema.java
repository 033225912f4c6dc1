package dev.interviewcoach.grader.llm.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.Misconception;
import java.util.List;

/** The JSON Schema of the model's reply for one challenge: criterion and misconception ids as enums. */
final class ResponseSchema {
    static final String MET = "met";
    static final String PARTLY = "partly";
    static final String MISSED = "missed";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ResponseSchema() {}

    static ObjectNode of(Challenge challenge) {
        var criterion = object(List.of("id", "status", "quotes", "note"));
        var cp = (ObjectNode) criterion.get("properties");
        cp.set("id", enumOf(challenge.rubric().criteria().stream().map(Criterion::id).toList()));
        cp.set("status", enumOf(List.of(MET, PARTLY, MISSED)));
        cp.set("quotes", stringArray());
        cp.set("note", F.objectNode().put("type", "string"));

        var misconception = object(List.of("id", "quotes"));
        var mp = (ObjectNode) misconception.get("properties");
        var ids = challenge.misconceptions().stream().map(Misconception::id).toList();
        mp.set("id", ids.isEmpty() ? F.objectNode().put("type", "string") : enumOf(ids));
        mp.set("quotes", stringArray());

        var root = object(List.of("criteria", "misconceptions", "feedback", "addresses_grader"));
        var rp = (ObjectNode) root.get("properties");
        rp.set("criteria", F.objectNode().put("type", "array").set("items", criterion));
        rp.set("misconceptions", F.objectNode().put("type", "array").set("items", misconception));
        rp.set("feedback", F.objectNode().put("type", "string"));
        rp.set("addresses_grader", F.objectNode().put("type", "boolean"));
        return root;
    }

    private static ObjectNode object(List<String> required) {
        var node = F.objectNode().put("type", "object");
        node.put("additionalProperties", false);
        ArrayNode req = node.putArray("required");
        required.forEach(req::add);
        node.putObject("properties");
        return node;
    }

    private static ObjectNode enumOf(List<String> values) {
        var node = F.objectNode().put("type", "string");
        ArrayNode e = node.putArray("enum");
        values.forEach(e::add);
        return node;
    }

    private static ObjectNode stringArray() {
        var node = F.objectNode().put("type", "array");
        node.putObject("items").put("type", "string");
        return node;
    }
}
