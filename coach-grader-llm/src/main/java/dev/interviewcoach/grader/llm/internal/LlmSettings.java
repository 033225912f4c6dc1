package dev.interviewcoach.grader.llm.internal;

import dev.interviewcoach.grader.llm.ResponseFormat;
import dev.interviewcoach.grader.llm.Sleeper;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Everything the LLM grader is configured with, validated. The API key is a {@link Secret}, so the
 * record's {@code toString} never shows it.
 *
 * @param baseUrl the endpoint's base URL, e.g. {@code http://127.0.0.1:11434/v1}
 * @param model the model name
 * @param apiKey the bearer key, when the endpoint needs one
 * @param organization the {@code OpenAI-Organization} header, when set
 * @param project the {@code OpenAI-Project} header, when set
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for a response
 * @param maxAttempts attempts per request, the first included
 * @param initialBackoff the wait before the first retry, doubled each time, with jitter
 * @param maxBackoff the longest wait between attempts
 * @param maxRetryAfter the longest {@code Retry-After} honoured; a longer one ends the retries
 * @param breakerThreshold failed grades in a row (each after its retries) that open the circuit
 * @param breakerCooldown how long the circuit stays open
 * @param maxTokens the {@code max_tokens} of each request
 * @param maxAnswerChars the longest answer sent; a longer one gets an ERROR grade
 * @param maxReplyBytes the most bytes of a response read; a longer response gets an ERROR grade
 * @param maxInFlight the most requests this grader has in flight at once; further callers wait
 * @param deadline the longest one grade may take, waiting for a request slot, retries and their waits included
 * @param samples how many replies to grade each answer with, at most {@value #MAX_SAMPLES}
 * @param temperature the sampling temperature
 * @param seed the {@code seed} sent, when sent
 * @param responseFormat how JSON is asked for
 * @param cacheSize the most replies held in memory
 * @param cacheDirectory where replies are also kept, when set
 * @param clock the time for the circuit breaker and {@code Retry-After} dates
 * @param sleeper how to wait between attempts
 * @param jitterSeed the seed of the backoff jitter
 */
public record LlmSettings(
        URI baseUrl, String model, Optional<Secret> apiKey, Optional<String> organization, Optional<String> project,
        Duration connectTimeout, Duration readTimeout, int maxAttempts, Duration initialBackoff, Duration maxBackoff,
        Duration maxRetryAfter, int breakerThreshold, Duration breakerCooldown, int maxTokens, int maxAnswerChars,
        int maxReplyBytes, int maxInFlight, Duration deadline, int samples, double temperature, OptionalLong seed,
        ResponseFormat responseFormat, int cacheSize, Optional<Path> cacheDirectory, Clock clock, Sleeper sleeper,
        long jitterSeed) {

    /** The most samples an answer is graded with: each is a request, and the median of a few is steady enough. */
    public static final int MAX_SAMPLES = 5;

    /** Validates the components. */
    public LlmSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (baseUrl.getRawUserInfo() != null) {
            throw new IllegalArgumentException("put the API key in the api key setting, not in the base URL");
        }
        String scheme = baseUrl.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("the base URL must be an http or https URL with a host, was " + baseUrl);
        }
        if (baseUrl.getUserInfo() != null) {
            throw new IllegalArgumentException("put the API key in the api key setting, not in the base URL");
        }
        if (baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("the base URL has a fragment (the part after '#'), which is never sent to a "
                    + "server; remove it (a query such as ?api-version=... is kept)");
        }
        Objects.requireNonNull(model, "model");
        if (model.isBlank()) {
            throw new IllegalArgumentException("the model name is blank");
        }
        Objects.requireNonNull(apiKey, "apiKey");
        apiKey.flatMap(Secret::headerProblem).ifPresent(problem -> {
            throw new IllegalArgumentException("the API key contains " + problem + ", which an HTTP header cannot carry; "
                    + "a key is printable ASCII without spaces");
        });
        headerValue(Objects.requireNonNull(organization, "organization"), "organization");
        headerValue(Objects.requireNonNull(project, "project"), "project");
        positive(connectTimeout, "connectTimeout");
        positive(readTimeout, "readTimeout");
        positive(initialBackoff, "initialBackoff");
        positive(maxBackoff, "maxBackoff");
        positive(maxRetryAfter, "maxRetryAfter");
        positive(breakerCooldown, "breakerCooldown");
        positive(deadline, "deadline");
        atLeast(maxAttempts, 1, "maxAttempts");
        atLeast(breakerThreshold, 1, "breakerThreshold");
        atLeast(maxTokens, 16, "maxTokens");
        atLeast(maxAnswerChars, 1, "maxAnswerChars");
        atLeast(maxReplyBytes, 1024, "maxReplyBytes");
        atLeast(maxInFlight, 1, "maxInFlight");
        if (samples < 1 || samples > MAX_SAMPLES) {
            throw new IllegalArgumentException("samples must be between 1 and " + MAX_SAMPLES
                    + " (each sample is a request per answer), was " + samples);
        }
        atLeast(cacheSize, 0, "cacheSize");
        if (!(temperature >= 0 && temperature <= 2)) {
            throw new IllegalArgumentException("temperature must be in [0, 2], was " + temperature);
        }
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(responseFormat, "responseFormat");
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
    }

    /**
     * The chat-completions endpoint under the base URL: {@code chat/completions} appended to its path,
     * and its query, if any, kept after it ({@code https://x.openai.azure.com/openai/deployments/d?api-version=v}
     * gives {@code .../deployments/d/chat/completions?api-version=v}).
     *
     * @return the URI
     */
    public URI endpoint() {
        String path = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
        String query = baseUrl.getRawQuery();
        return URI.create(baseUrl.getScheme() + "://" + baseUrl.getRawAuthority() + (path.endsWith("/") ? path : path + "/")
                + "chat/completions" + (query == null ? "" : "?" + query));
    }

    /** A header value may hold spaces, never a line break or other control character (it would end the header). */
    private static void headerValue(Optional<String> value, String name) {
        if (value.isPresent() && value.get().chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("the " + name + " header contains a line break or control character");
        }
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }

    private static void atLeast(int value, int min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
        }
    }
}
