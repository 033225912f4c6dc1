package dev.interviewcoach.grader.llm;

import dev.interviewcoach.grader.llm.internal.PropertyConfig;
import dev.interviewcoach.spi.Grader;
import java.util.Map;
import java.util.Objects;

/**
 * Entry point of the LLM grader: configure it from code with {@link #builder()}, or from
 * properties and the environment with {@link #fromProperties(Map)} (which is what
 * {@code Graders.byName(new GraderSpec("llm", properties))} does).
 *
 * <p>Each property may also come from an environment variable: {@code INTERVIEWCOACH_} followed by
 * the property name in upper case with dots and dashes as underscores, e.g. {@code llm.base-url} from
 * {@code INTERVIEWCOACH_LLM_BASE_URL}. Properties win over the environment. The API key is read from
 * {@value #API_KEY}, else from the environment variable named by {@value #API_KEY_ENV}, else from
 * {@code INTERVIEWCOACH_LLM_API_KEY}.
 *
 * @since 0.1
 */
public final class LlmGraders {
    /** The grader name for {@code Graders.byName}: {@value}. */
    public static final String NAME = "llm";
    /** The endpoint's base URL, e.g. {@code http://127.0.0.1:11434/v1}; required. */
    public static final String BASE_URL = "llm.base-url";
    /** The model name; required. */
    public static final String MODEL = "llm.model";
    /** The API key. */
    public static final String API_KEY = "llm.api-key";
    /** The name of an environment variable holding the API key, e.g. {@code OPENAI_API_KEY}. */
    public static final String API_KEY_ENV = "llm.api-key-env";
    /** The {@code OpenAI-Organization} header. */
    public static final String ORGANIZATION = "llm.organization";
    /** The {@code OpenAI-Project} header. */
    public static final String PROJECT = "llm.project";
    /** The connect timeout, e.g. {@code 10s}, {@code 500ms} or {@code PT10S}. */
    public static final String CONNECT_TIMEOUT = "llm.connect-timeout";
    /** The read timeout. */
    public static final String READ_TIMEOUT = "llm.read-timeout";
    /** Attempts per request, the first included. */
    public static final String MAX_ATTEMPTS = "llm.max-attempts";
    /** The {@code max_tokens} of each reply. */
    public static final String MAX_TOKENS = "llm.max-tokens";
    /** The longest answer, in characters, that is sent. */
    public static final String MAX_ANSWER_CHARS = "llm.max-answer-chars";
    /** The most bytes of a response read, e.g. {@code 4194304}. */
    public static final String MAX_REPLY_BYTES = "llm.max-reply-bytes";
    /** The most requests in flight at once. */
    public static final String MAX_IN_FLIGHT = "llm.max-in-flight";
    /** The longest one grade may take, retries and their waits included, e.g. {@code 25s}. */
    public static final String DEADLINE = "llm.deadline";
    /** How many replies grade each answer, 1 to 5. */
    public static final String SAMPLES = "llm.samples";
    /** The sampling temperature. */
    public static final String TEMPERATURE = "llm.temperature";
    /** The seed sent, or {@code none}. */
    public static final String SEED = "llm.seed";
    /** {@code json_schema}, {@code json_object} or {@code prompt}. */
    public static final String RESPONSE_FORMAT = "llm.response-format";
    /** The most replies cached in memory. */
    public static final String CACHE_SIZE = "llm.cache-size";
    /** A directory where replies are kept across restarts. */
    public static final String CACHE_DIR = "llm.cache-dir";
    /** Failed grades in a row (each after its retries) that open the circuit. */
    public static final String BREAKER_THRESHOLD = "llm.breaker-threshold";
    /** How long the circuit stays open. */
    public static final String BREAKER_COOLDOWN = "llm.breaker-cooldown";

    private LlmGraders() {}

    /**
     * A builder for configuring the grader from code.
     *
     * @return a new builder
     */
    public static LlmGraderBuilder builder() {
        return new LlmGraderBuilder();
    }

    /**
     * A grader configured from properties, with gaps filled from the process environment.
     *
     * @param properties the properties named by this class's constants
     * @return the grader
     * @throws IllegalArgumentException when a property is unknown or malformed, or no base URL or model is set
     */
    public static Grader fromProperties(Map<String, String> properties) {
        return fromProperties(properties, System.getenv());
    }

    /**
     * A grader configured from properties, with gaps filled from the given environment.
     *
     * @param properties the properties named by this class's constants
     * @param environment environment variables
     * @return the grader
     * @throws IllegalArgumentException when a property is unknown or malformed, or no base URL or model is set
     */
    public static Grader fromProperties(Map<String, String> properties, Map<String, String> environment) {
        Objects.requireNonNull(properties, "properties");
        Objects.requireNonNull(environment, "environment");
        var builder = builder();
        PropertyConfig.apply(builder, properties, environment);
        return builder.build();
    }
}
