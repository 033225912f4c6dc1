package dev.interviewcoach.grader.llm.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the text out of a chat-completions response, or says why there is none to use. */
final class Replies {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Replies() {}

    /**
     * The text of a completion and the model the server says wrote it.
     *
     * @param content the message's content
     * @param model the response's {@code model}, empty when it names none
     */
    record Completion(String content, String model) {}

    static Completion completion(String body, int maxTokens) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new LlmFailure("the server's response is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new LlmFailure("the server's response is not a chat completion");
        }
        JsonNode choices = root.path("choices");
        if (!choices.isArray() || choices.isEmpty()) {
            throw new LlmFailure("the server's response has no choices");
        }
        JsonNode choice = choices.get(0);
        JsonNode message = choice.path("message");
        String finish = choice.path("finish_reason").asText("");
        JsonNode refusal = message.path("refusal");
        if (refusal.isTextual() && !refusal.asText().isBlank()) {
            throw new LlmFailure("the model refused to grade the answer");
        }
        if ("content_filter".equals(finish)) {
            throw new LlmFailure("the server's content filter withheld the reply");
        }
        if ("length".equals(finish)) {
            throw new LlmFailure("the reply was cut off at max_tokens (" + maxTokens + "), so its JSON is incomplete; "
                    + "raise llm.max-tokens");
        }
        JsonNode content = message.path("content");
        if (!content.isTextual() || content.asText().isBlank()) {
            throw new LlmFailure("the model's reply is empty");
        }
        JsonNode model = root.path("model");
        return new Completion(content.asText(), model.isTextual() ? model.asText().strip() : "");
    }
}
