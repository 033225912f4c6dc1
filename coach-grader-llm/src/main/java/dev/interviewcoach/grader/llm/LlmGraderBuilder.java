package dev.interviewcoach.grader.llm;

import dev.interviewcoach.grader.llm.internal.LlmGrader;
import dev.interviewcoach.grader.llm.internal.LlmSettings;
import dev.interviewcoach.grader.llm.internal.Secret;
import dev.interviewcoach.spi.Grader;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Configures an LLM grader from code. Only {@link #baseUrl(URI)} and {@link #model(String)} are
 * required; nothing is sent anywhere until a base URL is set and an answer is graded.
 *
 * <pre>{@code
 * Grader llm = LlmGraders.builder()
 *         .baseUrl(URI.create("http://127.0.0.1:11434/v1"))   // e.g. a local Ollama
 *         .model("qwen2.5:7b-instruct")
 *         .build();
 * Coach coach = Coach.builder().tracks(TrackLoader.discover()).grader(llm)
 *         .fallbackGrader(Graders.rubric())                  // grades when the model fails or is late
 *         .build();
 * }</pre>
 *
 * <p>Give the coach the rubric as its fallback rather than composing {@code Graders.fallback(llm,
 * Graders.rubric())}: the coach's grader timeout covers the grader it is given whole, so a fallback
 * inside it never grades while the model is still waiting.
 *
 * @since 0.1
 */
public final class LlmGraderBuilder {
    private URI baseUrl;
    private String model;
    private Secret apiKey;
    private String organization;
    private String project;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(20);
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private int breakerThreshold = 5;
    private Duration breakerCooldown = Duration.ofSeconds(30);
    private int maxTokens = 1500;
    private int maxAnswerChars = 20_000;
    private int maxReplyBytes = 4 * 1024 * 1024;
    private int maxInFlight = 8;
    private Duration deadline = Duration.ofSeconds(25);
    private int samples = 1;
    private double temperature = 0;
    private OptionalLong seed = OptionalLong.of(0);
    private ResponseFormat responseFormat = ResponseFormat.JSON_SCHEMA;
    private int cacheSize = 1000;
    private Path cacheDirectory;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private long jitterSeed = 0x5EEDL;

    LlmGraderBuilder() {}

    /**
     * The endpoint's base URL, under which {@code chat/completions} is posted, e.g.
     * {@code https://api.openai.com/v1} or {@code http://127.0.0.1:8080/v1}. Required.
     *
     * @param baseUrl the base URL
     * @return this builder
     */
    public LlmGraderBuilder baseUrl(URI baseUrl) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        return this;
    }

    /**
     * The model name the server knows. Required.
     *
     * @param model the model
     * @return this builder
     */
    public LlmGraderBuilder model(String model) {
        this.model = Objects.requireNonNull(model, "model");
        return this;
    }

    /**
     * The bearer API key; never logged, never in a message or {@code toString}. Local servers need none:
     * null or blank means no key, so {@code apiKey(System.getenv("OPENAI_API_KEY"))} works whether the
     * variable is set or not.
     *
     * @param apiKey the key, or null or blank for none
     * @return this builder
     */
    public LlmGraderBuilder apiKey(String apiKey) {
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : Secret.of(apiKey);
        return this;
    }

    /**
     * The {@code OpenAI-Organization} and {@code OpenAI-Project} headers; either may be empty.
     *
     * @param organization the organisation id, or empty
     * @param project the project id, or empty
     * @return this builder
     */
    public LlmGraderBuilder organization(Optional<String> organization, Optional<String> project) {
        this.organization = Objects.requireNonNull(organization, "organization").orElse(null);
        this.project = Objects.requireNonNull(project, "project").orElse(null);
        return this;
    }

    /**
     * The connect and read timeouts (defaults 10 s and 60 s).
     *
     * @param connect how long to wait for a connection
     * @param read how long to wait for the response
     * @return this builder
     */
    public LlmGraderBuilder timeouts(Duration connect, Duration read) {
        this.connectTimeout = Objects.requireNonNull(connect, "connect");
        this.readTimeout = Objects.requireNonNull(read, "read");
        return this;
    }

    /**
     * Retries on 429 and 5xx: at most {@code maxAttempts} attempts, waiting {@code initialBackoff}
     * doubled each time up to {@code maxBackoff}, with jitter; a {@code Retry-After} is honoured up to
     * {@code maxRetryAfter} (defaults 3, 500 ms, 20 s, 60 s).
     *
     * @param maxAttempts attempts per request, the first included
     * @param initialBackoff the first wait
     * @param maxBackoff the longest wait
     * @param maxRetryAfter the longest {@code Retry-After} honoured
     * @return this builder
     */
    public LlmGraderBuilder retries(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {
        this.maxAttempts = maxAttempts;
        this.initialBackoff = Objects.requireNonNull(initialBackoff, "initialBackoff");
        this.maxBackoff = Objects.requireNonNull(maxBackoff, "maxBackoff");
        this.maxRetryAfter = Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        return this;
    }

    /**
     * The circuit breaker: after {@code threshold} failed grades in a row (each after its retries, so with
     * 3 attempts, 5 failed grades can be 15 failed requests) no request is sent for {@code cooldown}, then
     * exactly one trial grade is let through (with its retries) while every other grade fails at once,
     * until the trial settles: a success closes the circuit, a failure opens it for another cooldown
     * (defaults 5 and 30 s).
     *
     * @param threshold failed grades in a row (each after its retries) that open the circuit
     * @param cooldown how long it stays open
     * @return this builder
     */
    public LlmGraderBuilder circuitBreaker(int threshold, Duration cooldown) {
        this.breakerThreshold = threshold;
        this.breakerCooldown = Objects.requireNonNull(cooldown, "cooldown");
        return this;
    }

    /**
     * The caps on size: {@code max_tokens} of each reply and the longest answer sent (defaults 1500
     * tokens and 20,000 characters); a longer answer gets an ERROR grade, so a fallback grades it.
     *
     * @param maxTokens the reply cap
     * @param maxAnswerChars the input cap
     * @return this builder
     */
    public LlmGraderBuilder limits(int maxTokens, int maxAnswerChars) {
        this.maxTokens = maxTokens;
        this.maxAnswerChars = maxAnswerChars;
        return this;
    }

    /**
     * The most bytes of a response that are read (default 4 MiB, 4,194,304 bytes; a reply of
     * {@code max_tokens} is a few kilobytes). A response that declares or sends more gets an ERROR grade that
     * says it was too large, and no more of it is read, so a runaway server cannot fill the heap.
     *
     * @param bytes the most bytes read, at least 1024
     * @return this builder
     */
    public LlmGraderBuilder maxReplyBytes(int bytes) {
        this.maxReplyBytes = bytes;
        return this;
    }

    /**
     * The most requests this grader has in flight at once (default 8). Further grades wait for a free slot,
     * in order of arrival, for at most their {@link #deadline(Duration) deadline}; one that never gets one
     * gets an ERROR grade that says so.
     *
     * @param requests the most requests at once, at least 1
     * @return this builder
     */
    public LlmGraderBuilder maxInFlight(int requests) {
        this.maxInFlight = requests;
        return this;
    }

    /**
     * The longest one grade may take, from when grading starts: waiting for a request slot, every request,
     * retry and wait between retries included (default 25 s, under the coach's 30 s grader timeout, so the
     * grader's own ERROR, which says why, comes first). Each request waits for its response at most the
     * read timeout or the time left, whichever is shorter; no retry is sent once the deadline has passed,
     * and a {@code Retry-After} longer than the time left ends the grade at once. Keep it under the
     * coach's {@code graderTimeout}: the coach stops waiting then, but does not stop the grader.
     *
     * <p>A grade started with {@code gradeAsync} also stops, sending nothing more and waiting no longer,
     * when its future is cancelled.
     *
     * @param deadline the time one grade may take
     * @return this builder
     */
    public LlmGraderBuilder deadline(Duration deadline) {
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        return this;
    }

    /**
     * Sampling: the temperature (default 0) and the {@code seed} sent (default 0; empty sends none,
     * for servers that reject it).
     *
     * @param temperature in [0, 2]
     * @param seed the seed, or empty
     * @return this builder
     */
    public LlmGraderBuilder sampling(double temperature, OptionalLong seed) {
        this.temperature = temperature;
        this.seed = Objects.requireNonNull(seed, "seed");
        return this;
    }

    /**
     * Grades each answer with this many replies (seeds {@code seed}, {@code seed + 1}, ...): the score
     * is their median and the grade's message reports the spread. Default 1; at most 5, since each is a
     * request per answer ({@link #build()} refuses more).
     *
     * @param samples how many replies, 1 to 5
     * @return this builder
     */
    public LlmGraderBuilder samples(int samples) {
        this.samples = samples;
        return this;
    }

    /**
     * How JSON is asked for (default {@link ResponseFormat#JSON_SCHEMA}; a server that rejects it is
     * asked again with the next format).
     *
     * @param format the format
     * @return this builder
     */
    public LlmGraderBuilder responseFormat(ResponseFormat format) {
        this.responseFormat = Objects.requireNonNull(format, "format");
        return this;
    }

    /**
     * The reply cache: at most {@code size} replies in memory (default 1000; 0 turns it off), also
     * kept as files in {@code directory} when present, so that a restart grades the same answer the same.
     *
     * @param size the most replies held in memory
     * @param directory where replies are kept, or empty
     * @return this builder
     */
    public LlmGraderBuilder cache(int size, Optional<Path> directory) {
        this.cacheSize = size;
        this.cacheDirectory = Objects.requireNonNull(directory, "directory").orElse(null);
        return this;
    }

    /**
     * The clock, the sleeper between retries and the seed of the backoff jitter; for tests.
     *
     * @param clock the clock
     * @param sleeper the sleeper
     * @param jitterSeed the jitter seed
     * @return this builder
     */
    public LlmGraderBuilder timing(Clock clock, Sleeper sleeper, long jitterSeed) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.jitterSeed = jitterSeed;
        return this;
    }

    /**
     * Builds the grader.
     *
     * @return the grader, with id {@code llm}
     * @throws IllegalArgumentException when the base URL or model is missing, a setting is out of range, or
     *     the API key or a header holds a character an HTTP header cannot carry (a line break, a control
     *     character; the message never shows the key)
     */
    public Grader build() {
        if (baseUrl == null) {
            throw new IllegalArgumentException("the LLM grader needs a base URL (" + LlmGraders.BASE_URL
                    + "); nothing is sent anywhere without one");
        }
        if (model == null) {
            throw new IllegalArgumentException("the LLM grader needs a model (" + LlmGraders.MODEL + ")");
        }
        var settings = new LlmSettings(baseUrl, model, Optional.ofNullable(apiKey), Optional.ofNullable(organization),
                Optional.ofNullable(project), connectTimeout, readTimeout, maxAttempts, initialBackoff, maxBackoff,
                maxRetryAfter, breakerThreshold, breakerCooldown, maxTokens, maxAnswerChars, maxReplyBytes, maxInFlight,
                deadline, samples, temperature, seed, responseFormat, cacheSize, Optional.ofNullable(cacheDirectory), clock,
                sleeper, jitterSeed);
        return new LlmGrader(settings);
    }
}
