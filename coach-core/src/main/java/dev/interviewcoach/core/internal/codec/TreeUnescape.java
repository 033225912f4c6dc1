package dev.interviewcoach.core.internal.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;

/** Turns every string and property name of a stored JSON tree back into its original text. */
public final class TreeUnescape {
    private TreeUnescape() {}

    /**
     * The tree with every text decoded.
     *
     * @param node a tree read from the stored form
     * @return a new tree, or the same node when it holds no text
     */
    public static JsonNode decode(JsonNode node) {
        if (node.isTextual()) {
            return TextNode.valueOf(TextEscape.decode(node.textValue()));
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode(node.size());
            node.forEach(element -> copy.add(decode(element)));
            return copy;
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                copy.set(TextEscape.decode(field.getKey()), decode(field.getValue()));
            }
            return copy;
        }
        return node;
    }
}
