package dev.interviewcoach.grader.llm.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interviewcoach.grader.llm.internal.Replies.Completion;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A validated reply, and the model that wrote it when that is not the one configured: such a reply is
 * graded, and the grade's message says which model answered (a server may route a request to another
 * model than asked; the grader's version names the configured one). The two are cached together, so a
 * cached grade says the same as the first: a reply of the configured model is stored as its bare text,
 * as it always was, another model's as a small JSON envelope.
 *
 * @param content the reply's text
 * @param otherModel the model that wrote it, when not the configured one (nor a dated snapshot of it)
 */
record Answered(String content, Optional<String> otherModel) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BY = "answered_by";
    private static final String CONTENT = "content";
    private static final int MOST_NAME = 60;

    /**
     * The reply of a completion, noting its model when it differs from the configured one.
     *
     * @param completion the completion
     * @param configured the configured model
     * @return the reply
     */
    static Answered of(Completion completion, String configured) {
        String model = completion.model();
        return new Answered(completion.content(), model.isEmpty() || sameModel(configured, model) ? Optional.empty()
                : Optional.of(model));
    }

    /**
     * Whether a server's model name is the configured model: the same name in any case, or the name of
     * a dated snapshot of it ({@code gpt-4o-mini-2024-07-18} for {@code gpt-4o-mini}), or its
     * {@code :latest} tag.
     */
    static boolean sameModel(String configured, String answered) {
        return answered.equalsIgnoreCase(configured) || Pattern.compile(Pattern.quote(configured)
                + "(-(\\d{4}-\\d{2}-\\d{2}|\\d{8}|\\d{4})|:latest)", Pattern.CASE_INSENSITIVE).matcher(answered).matches();
    }

    /**
     * What the grade's message says of the model, if anything. A name that repeats some of the request
     * (a hostile server could put the answer there) is not kept.
     *
     * @param configured the configured model
     * @param sent the text sent
     * @return the note, or empty for the configured model
     */
    Optional<String> note(String configured, String sent) {
        return otherModel.map(model -> {
            String name = model.replaceAll("\\p{Cntrl}", " ").strip();
            name = name.length() > MOST_NAME ? name.substring(0, MOST_NAME) + "…" : name;
            return ServerMessages.echoes(name, sent)
                    ? "the reply came from a model not named '" + configured + "' (its name quotes the request, so it is not kept)"
                    : "the reply came from model '" + name + "', not the configured '" + configured + "'";
        });
    }

    /** The text the cache keeps. */
    String stored() {
        if (otherModel.isEmpty()) {
            return content;
        }
        return JSON.createObjectNode().put(BY, otherModel.get()).put(CONTENT, content).toString();
    }

    /**
     * A reply as the cache kept it: an envelope of exactly {@value #BY} and {@value #CONTENT} (which no
     * valid reply is, since a reply must hold {@code criteria}), or a bare reply.
     *
     * @param stored the cached text
     * @return the reply
     */
    static Answered read(String stored) {
        if (stored.startsWith("{\"" + BY + "\"")) {
            try {
                JsonNode node = JSON.readTree(stored);
                if (node.size() == 2 && node.path(BY).isTextual() && node.path(CONTENT).isTextual()) {
                    return new Answered(node.path(CONTENT).asText(), Optional.of(node.path(BY).asText()));
                }
            } catch (JsonProcessingException e) {
                // not an envelope: a bare reply
            }
        }
        return new Answered(stored, Optional.empty());
    }
}
