package dev.interviewcoach.grader.llm;

/**
 * How the grader asks the server for JSON. Every reply is validated against the schema locally,
 * whichever is chosen.
 *
 * @since 0.1
 */
public enum ResponseFormat {
    /** {@code response_format: {type: json_schema}} (structured output); the default. */
    JSON_SCHEMA,
    /** {@code response_format: {type: json_object}} (JSON mode), the schema given in the prompt. */
    JSON_OBJECT,
    /** No {@code response_format} at all; the schema given in the prompt. */
    PROMPT_ONLY
}
