package dev.interviewcoach.grader.llm.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.CriterionOutcome;
import dev.interviewcoach.grader.llm.internal.ModelVerdict.CriterionClaim;
import dev.interviewcoach.grader.llm.internal.ModelVerdict.MisconceptionClaim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the model's reply into a {@link ModelVerdict}, checking it against the reply schema: a reply
 * that is not JSON, or not of the schema's shape, is a failure that says what is wrong (field paths
 * and short values only, never the reply itself, which may quote the answer).
 */
final class VerdictParser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_QUOTES = 5;
    private static final int MAX_TEXT = 2000;

    private VerdictParser() {}

    static ModelVerdict parse(String content, Challenge challenge) {
        JsonNode root = read(content);
        if (!root.isObject()) {
            throw wrong("the reply is a JSON " + root.getNodeType().toString().toLowerCase(Locale.ROOT) + ", not an object");
        }
        JsonNode criteria = root.get("criteria");
        if (criteria == null || !criteria.isArray()) {
            throw wrong("'criteria' is missing or not an array");
        }
        Map<String, CriterionClaim> byId = new HashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            JsonNode c = criteria.get(i);
            String path = "criteria[" + i + "]";
            String id = text(c, "id", path);
            if (challenge.rubric().criterion(id).isEmpty()) {
                throw wrong(path + ".id names no criterion of the rubric: " + brief(id));
            }
            if (byId.containsKey(id)) {
                throw wrong(path + ".id repeats criterion " + id);
            }
            byId.put(id, new CriterionClaim(id, outcome(text(c, "status", path), path), quotes(c, path),
                    optionalText(c, "note")));
        }
        var claims = new ArrayList<CriterionClaim>();
        for (Criterion c : challenge.rubric().criteria()) {
            CriterionClaim claim = byId.get(c.id());
            if (claim == null) {
                throw wrong("criterion " + c.id() + " is not graded");
            }
            claims.add(claim);
        }
        var misconceptions = new ArrayList<MisconceptionClaim>();
        JsonNode ms = root.get("misconceptions");
        if (ms != null && !ms.isNull()) {
            if (!ms.isArray()) {
                throw wrong("'misconceptions' is not an array");
            }
            for (int i = 0; i < ms.size(); i++) {
                String path = "misconceptions[" + i + "]";
                String id = text(ms.get(i), "id", path);
                // an id the challenge does not list breaks the schema's enumeration, as an unknown
                // criterion does: the reply is not one this challenge asked for
                if (challenge.misconception(id).isEmpty()) {
                    throw wrong(path + ".id names no misconception of this question: " + brief(id));
                }
                misconceptions.add(new MisconceptionClaim(id, quotes(ms.get(i), path)));
            }
        }
        JsonNode addresses = root.get("addresses_grader");
        if (addresses != null && !addresses.isNull() && !addresses.isBoolean()) {
            throw wrong("'addresses_grader' is not a boolean");
        }
        return new ModelVerdict(claims, misconceptions, optionalText(root, "feedback"),
                addresses != null && addresses.asBoolean(false));
    }

    private static JsonNode read(String content) {
        String json = content.strip();
        // Without structured output some servers wrap the object in a Markdown fence or a sentence.
        int first = json.indexOf('{');
        int last = json.lastIndexOf('}');
        if (first < 0) {
            throw new LlmFailure("the model's reply is not JSON (no object in it)");
        }
        try {
            return JSON.readTree(json.substring(first, last > first ? last + 1 : json.length()));
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new LlmFailure("the model's reply is not valid JSON"
                    + (at != null ? " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")" : ""));
        }
    }

    private static CriterionOutcome outcome(String status, String path) {
        return switch (status.strip().toLowerCase(Locale.ROOT)) {
            case ResponseSchema.MET -> CriterionOutcome.MET;
            case ResponseSchema.PARTLY -> CriterionOutcome.PARTLY_MET;
            case ResponseSchema.MISSED -> CriterionOutcome.MISSED;
            default -> throw wrong(path + ".status is " + brief(status) + ", not one of met, partly, missed");
        };
    }

    private static List<String> quotes(JsonNode node, String path) {
        JsonNode q = node.get("quotes");
        if (q == null || q.isNull()) {
            return List.of();
        }
        if (!q.isArray()) {
            throw wrong(path + ".quotes is not an array");
        }
        var quotes = new ArrayList<String>();
        for (int i = 0; i < q.size() && quotes.size() < MAX_QUOTES; i++) {
            if (!q.get(i).isTextual()) {
                throw wrong(path + ".quotes[" + i + "] is not a string");
            }
            quotes.add(q.get(i).asText());
        }
        return quotes;
    }

    private static String text(JsonNode node, String field, String path) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isTextual()) {
            throw wrong(path + "." + field + " is missing or not a string");
        }
        return value.asText();
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        String text = value != null && value.isTextual() ? value.asText().strip() : "";
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
    }

    private static String brief(String value) {
        String v = value.replaceAll("\\p{Cntrl}", " ");
        return "'" + (v.length() > 30 ? v.substring(0, 30) + "…" : v) + "'";
    }

    private static LlmFailure wrong(String what) {
        return new LlmFailure("the model's reply does not match the schema: " + what);
    }
}
