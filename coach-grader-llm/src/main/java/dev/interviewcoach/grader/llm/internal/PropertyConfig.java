package dev.interviewcoach.grader.llm.internal;

import static dev.interviewcoach.grader.llm.LlmGraders.*;

import dev.interviewcoach.grader.llm.LlmGraderBuilder;
import dev.interviewcoach.grader.llm.ResponseFormat;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Reads the grader's properties, with gaps filled from environment variables. */
public final class PropertyConfig {
    private static final Set<String> KNOWN = Set.of(BASE_URL, MODEL, API_KEY, API_KEY_ENV, ORGANIZATION, PROJECT,
            CONNECT_TIMEOUT, READ_TIMEOUT, MAX_ATTEMPTS, MAX_TOKENS, MAX_ANSWER_CHARS, SAMPLES, TEMPERATURE, SEED,
            RESPONSE_FORMAT, CACHE_SIZE, CACHE_DIR, BREAKER_THRESHOLD, BREAKER_COOLDOWN, MAX_REPLY_BYTES, MAX_IN_FLIGHT,
            DEADLINE);
    private static final String DEFAULT_KEY_ENV = "INTERVIEWCOACH_LLM_API_KEY";

    private final Map<String, String> properties;
    private final Map<String, String> environment;

    private PropertyConfig(Map<String, String> properties, Map<String, String> environment) {
        this.properties = properties;
        this.environment = environment;
    }

    /**
     * Applies the properties (and environment) to a builder.
     *
     * @param builder the builder
     * @param properties the properties
     * @param environment the environment variables
     * @throws IllegalArgumentException for an unknown property or a malformed value; the message never shows the key
     */
    public static void apply(LlmGraderBuilder builder, Map<String, String> properties, Map<String, String> environment) {
        var unknown = new TreeSet<>(properties.keySet());
        unknown.removeAll(KNOWN);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown LLM grader properties " + unknown + "; known: " + new TreeSet<>(KNOWN));
        }
        new PropertyConfig(properties, environment).applyTo(builder);
    }

    /**
     * The environment variable that may supply a property.
     *
     * @param property the property name
     * @return the variable name, e.g. {@code INTERVIEWCOACH_LLM_BASE_URL}
     */
    public static String environmentName(String property) {
        return "INTERVIEWCOACH_" + property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private void applyTo(LlmGraderBuilder b) {
        get(BASE_URL).ifPresent(v -> b.baseUrl(parse(BASE_URL, v, URI::create)));
        get(MODEL).ifPresent(b::model);
        apiKey().ifPresent(b::apiKey);
        var org = get(ORGANIZATION);
        var project = get(PROJECT);
        if (org.isPresent() || project.isPresent()) {
            b.organization(org, project);
        }
        var connect = get(CONNECT_TIMEOUT).map(v -> duration(CONNECT_TIMEOUT, v));
        var read = get(READ_TIMEOUT).map(v -> duration(READ_TIMEOUT, v));
        if (connect.isPresent() || read.isPresent()) {
            b.timeouts(connect.orElse(Duration.ofSeconds(10)), read.orElse(Duration.ofSeconds(60)));
        }
        get(MAX_ATTEMPTS).ifPresent(v -> b.retries(integer(MAX_ATTEMPTS, v), Duration.ofMillis(500),
                Duration.ofSeconds(20), Duration.ofSeconds(60)));
        var tokens = get(MAX_TOKENS).map(v -> integer(MAX_TOKENS, v));
        var chars = get(MAX_ANSWER_CHARS).map(v -> integer(MAX_ANSWER_CHARS, v));
        if (tokens.isPresent() || chars.isPresent()) {
            b.limits(tokens.orElse(1500), chars.orElse(20_000));
        }
        get(MAX_REPLY_BYTES).ifPresent(v -> b.maxReplyBytes(integer(MAX_REPLY_BYTES, v)));
        get(MAX_IN_FLIGHT).ifPresent(v -> b.maxInFlight(integer(MAX_IN_FLIGHT, v)));
        get(DEADLINE).ifPresent(v -> b.deadline(duration(DEADLINE, v)));
        get(SAMPLES).ifPresent(v -> b.samples(integer(SAMPLES, v)));
        var temperature = get(TEMPERATURE).map(v -> parse(TEMPERATURE, v, Double::parseDouble));
        var seed = get(SEED).map(v -> v.equalsIgnoreCase("none") ? OptionalLong.empty()
                : OptionalLong.of(parse(SEED, v, Long::parseLong)));
        if (temperature.isPresent() || seed.isPresent()) {
            b.sampling(temperature.orElse(0.0), seed.orElse(OptionalLong.of(0)));
        }
        get(RESPONSE_FORMAT).ifPresent(v -> b.responseFormat(format(v)));
        var cacheSize = get(CACHE_SIZE).map(v -> integer(CACHE_SIZE, v));
        var cacheDir = get(CACHE_DIR).map(v -> parse(CACHE_DIR, v, Path::of));
        if (cacheSize.isPresent() || cacheDir.isPresent()) {
            b.cache(cacheSize.orElse(1000), cacheDir);
        }
        var threshold = get(BREAKER_THRESHOLD).map(v -> integer(BREAKER_THRESHOLD, v));
        var cooldown = get(BREAKER_COOLDOWN).map(v -> duration(BREAKER_COOLDOWN, v));
        if (threshold.isPresent() || cooldown.isPresent()) {
            b.circuitBreaker(threshold.orElse(5), cooldown.orElse(Duration.ofSeconds(30)));
        }
    }

    private Optional<String> get(String property) {
        String value = properties.get(property);
        if (value == null) {
            value = environment.get(environmentName(property));
        }
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    private Optional<String> apiKey() {
        var direct = get(API_KEY);
        if (direct.isPresent()) {
            return direct;
        }
        var named = get(API_KEY_ENV);
        String variable = named.orElse(DEFAULT_KEY_ENV);
        var key = Optional.ofNullable(environment.get(variable)).map(String::strip).filter(v -> !v.isEmpty());
        if (named.isPresent() && key.isEmpty()) {
            // a variable named on purpose and not set is a mistake to say now, not a 401 at the first answer
            throw new IllegalArgumentException(API_KEY_ENV + " names the environment variable " + variable
                    + ", which is not set (or empty); set it, or leave " + API_KEY_ENV + " out for an endpoint without a key");
        }
        return key;
    }

    private static ResponseFormat format(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "json_schema" -> ResponseFormat.JSON_SCHEMA;
            case "json_object" -> ResponseFormat.JSON_OBJECT;
            case "prompt", "none" -> ResponseFormat.PROMPT_ONLY;
            default -> throw new IllegalArgumentException(RESPONSE_FORMAT + " must be json_schema, json_object or prompt, was '"
                    + value + "'");
        };
    }

    static Duration duration(String property, String value) {
        String v = value.toLowerCase(Locale.ROOT);
        try {
            if (v.startsWith("pt")) {
                return Duration.parse(value);
            }
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2).strip()));
            }
            if (v.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1).strip()) * 1000));
            }
            return Duration.ofMillis(Math.round(Double.parseDouble(v) * 1000));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(property + " must be a duration such as 10s, 500ms or PT10S, was '" + value + "'");
        }
    }

    private static int integer(String property, String value) {
        return parse(property, value, Integer::parseInt);
    }

    private static <T> T parse(String property, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(property + " is malformed: '" + value + "'");
        }
    }
}
