package dev.interviewcoach.grader.llm.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interviewcoach.grader.llm.ResponseFormat;
import dev.interviewcoach.grader.llm.internal.Replies.Completion;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts one chat completion and returns the reply: retries 429 and 5xx (and dropped connections) with
 * backoff, honouring {@code Retry-After}, within the grade's deadline and only while its caller still
 * waits; sends at most {@code maxInFlight} requests at once; reads at most {@code maxReplyBytes} of a
 * response; trips the circuit breaker on failure; falls back to a plainer response format when the
 * server rejects the one asked for; and turns an empty choice, a refusal, a filtered or truncated
 * reply into a failure that says which.
 */
final class ChatClient {
    private static final Logger LOG = LoggerFactory.getLogger("dev.interviewcoach.grading.llm");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_DOWNGRADES = 2;

    private final LlmSettings settings;
    private final HttpClient http;
    private final CircuitBreaker breaker;
    private final Backoff backoff;
    private final Semaphore slots;
    private final AtomicReference<ResponseFormat> format;

    ChatClient(LlmSettings settings) {
        this.settings = settings;
        var builder = HttpClient.newBuilder().connectTimeout(settings.connectTimeout());
        if ("http".equals(settings.baseUrl().getScheme())) {
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        this.http = builder.build();
        this.breaker = new CircuitBreaker(settings.breakerThreshold(), settings.breakerCooldown(), settings.clock());
        this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff(), settings.clock(), settings.jitterSeed());
        this.slots = new Semaphore(settings.maxInFlight(), true);
        this.format = new AtomicReference<>(settings.responseFormat());
    }

    /**
     * Sends the two messages and returns the reply.
     *
     * @param system the system message
     * @param user the user message
     * @param schema the reply schema, for structured output
     * @param seed the seed to send, if any
     * @param deadline the grade's deadline and its caller's cancellation
     * @return the reply's text and the model that wrote it
     * @throws LlmFailure when no usable reply came
     */
    Completion complete(String system, String user, ObjectNode schema, OptionalLong seed, Deadline deadline) {
        deadline.check("");
        boolean trial = breaker.admit();
        String body;
        try {
            body = exchange(system, user, schema, seed, deadline);
        } catch (LlmFailure e) {
            if (e.isCallers()) {
                breaker.abandon(trial);
            } else {
                breaker.failure(trial);
            }
            throw e;
        } catch (RuntimeException e) {
            breaker.abandon(trial);
            throw e;
        }
        breaker.success(trial);
        return Replies.completion(body, settings.maxTokens());
    }

    /** The body of the first 2xx response, after the retries and downgrades it took. */
    private String exchange(String system, String user, ObjectNode schema, OptionalLong seed, Deadline deadline) {
        int attempt = 1;
        int downgrades = 0;
        String last = "";
        while (true) {
            deadline.check(last);
            ResponseFormat asked = format.get();
            HttpResponse<String> response;
            try {
                LOG.debug("chat completion: model {}, attempt {}, format {}", settings.model(), attempt, asked);
                response = sendInSlot(body(system, user, schema, seed, asked), deadline);
            } catch (LimitedBody.TooLarge e) {
                throw new LlmFailure("the server's response is larger than " + e.limit() + " bytes (llm.max-reply-bytes), "
                        + "so it was not read further");
            } catch (IOException e) {
                last = "the connection failed (" + e.getClass().getSimpleName() + ")";
                if (attempt < settings.maxAttempts()) {
                    pause(backoff.delay(attempt), last, last, attempt, deadline);
                    attempt++;
                    continue;
                }
                throw new LlmFailure("cannot reach " + settings.endpoint() + " (" + e.getClass().getSimpleName() + ") after "
                        + attempt + " attempts");
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return response.body();
            }
            if (status == 400 && asked != ResponseFormat.PROMPT_ONLY && downgrades < MAX_DOWNGRADES
                    && mentionsFormat(response.body())) {
                var next = asked == ResponseFormat.JSON_SCHEMA ? ResponseFormat.JSON_OBJECT : ResponseFormat.PROMPT_ONLY;
                format.compareAndSet(asked, next);
                LOG.info("the endpoint rejects response format {}; asking with {} from now on", asked, next);
                downgrades++;
                last = "the server rejected response format " + asked;
                continue;
            }
            String answered = "the server answered " + status
                    + ServerMessages.summary(status, response.body(), user, settings.apiKey());
            if ((status == 429 || status >= 500) && attempt < settings.maxAttempts()) {
                var retryAfter = response.headers().firstValue("Retry-After").flatMap(backoff::retryAfter);
                int retry = attempt;
                Duration wait = retryAfter.orElseGet(() -> backoff.delay(retry));
                if (wait.compareTo(settings.maxRetryAfter()) > 0) {
                    throw new LlmFailure("the server answered " + status + " and asks to wait " + Durations.text(wait)
                            + ", longer than the longest wait allowed (" + Durations.text(settings.maxRetryAfter()) + ")");
                }
                deadline.check(answered);
                Duration left = deadline.remaining();
                if (retryAfter.isPresent() && wait.compareTo(left) >= 0) {
                    throw new LlmFailure("the server answered " + status + " and asks to wait " + Durations.text(wait)
                            + ", more than the " + Durations.left(left) + " left before the grader's deadline (llm.deadline)");
                }
                pause(wait, answered, "the server answered " + status, attempt, deadline);
                last = answered;
                attempt++;
                continue;
            }
            if (status == 429 || status >= 500) {
                throw new LlmFailure(answered + " after " + attempt + (attempt == 1 ? " attempt" : " attempts"));
            }
            throw new LlmFailure(answered);
        }
    }

    /**
     * Sends a request once one of the {@code maxInFlight} slots is free, and waits for the whole response,
     * headers and body, within the read timeout or the time left, whichever is shorter. The request's own
     * timeout covers only the time to the headers: a server that sends them and then stalls in the body
     * would otherwise hold the thread for ever.
     */
    private HttpResponse<String> sendInSlot(String body, Deadline deadline) throws IOException {
        try {
            if (!slots.tryAcquire(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS)) {
                throw LlmFailure.callers("no request slot came free before the grader's deadline of "
                        + Durations.text(deadline.budget()) + " (llm.deadline) passed: " + settings.maxInFlight()
                        + " requests were in flight (llm.max-in-flight)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw LlmFailure.callers("grading was cancelled while waiting for a request slot");
        }
        try {
            deadline.check("");
            // a request needs a positive timeout, and the deadline may pass between the check and here
            Duration left = deadline.remaining().isZero() ? Duration.ofMillis(1) : deadline.remaining();
            boolean cut = left.compareTo(settings.readTimeout()) < 0;
            Duration wait = cut ? left : settings.readTimeout();
            try {
                return send(request(body, wait), wait);
            } catch (HttpConnectTimeoutException e) {
                throw new LlmFailure("no connection to " + settings.endpoint() + " within "
                        + Durations.text(settings.connectTimeout()));
            } catch (HttpTimeoutException e) {
                throw new LlmFailure("no response from " + settings.endpoint() + " within " + (cut
                        ? Durations.left(wait) + ", the time left before the grader's deadline (llm.deadline)"
                        : Durations.text(wait) + " (read timeout)"));
            }
        } finally {
            slots.release();
        }
    }

    private HttpResponse<String> send(HttpRequest request, Duration wait) throws IOException {
        var future = http.sendAsync(request, LimitedBody.handler(settings.maxReplyBytes()));
        try {
            return future.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new HttpTimeoutException("no complete response within " + wait.toMillis() + " ms");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw LlmFailure.callers("grading was cancelled while waiting for " + settings.endpoint());
        } catch (ExecutionException e) {
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof LimitedBody.TooLarge tooLarge) {
                    throw tooLarge;
                }
            }
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(cause == null ? "the request failed" : cause.getClass().getSimpleName(), cause);
        }
    }

    private HttpRequest request(String body, Duration timeout) {
        var b = HttpRequest.newBuilder(settings.endpoint()).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        settings.apiKey().ifPresent(k -> b.header("Authorization", "Bearer " + k.reveal()));
        settings.organization().ifPresent(o -> b.header("OpenAI-Organization", o));
        settings.project().ifPresent(p -> b.header("OpenAI-Project", p));
        return b.build();
    }

    private String body(String system, String user, ObjectNode schema, OptionalLong seed, ResponseFormat asked) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", settings.model());
        var messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", system);
        messages.addObject().put("role", "user").put("content", user);
        body.put("temperature", settings.temperature());
        seed.ifPresent(s -> body.put("seed", s));
        body.put("max_tokens", settings.maxTokens());
        switch (asked) {
            case JSON_SCHEMA -> {
                var js = body.putObject("response_format").put("type", "json_schema").putObject("json_schema");
                js.put("name", "rubric_grade").put("strict", true).set("schema", schema);
            }
            case JSON_OBJECT -> body.putObject("response_format").put("type", "json_object");
            case PROMPT_ONLY -> { }
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new LlmFailure("the request could not be written as JSON");
        }
    }

    /**
     * Waits before a retry, unless the caller gave up or the wait would end past the deadline; a cancelled
     * caller's thread is interrupted, which ends the wait at once. The log says {@code logged}, never the
     * server's own text.
     */
    private void pause(Duration wait, String why, String logged, int attempt, Deadline deadline) {
        deadline.check(why);
        if (wait.compareTo(deadline.remaining()) >= 0) {
            throw new LlmFailure(why + "; the grader's deadline (llm.deadline) leaves no time to retry");
        }
        LOG.warn("{} on attempt {} of {}; retrying in {} ms", logged, attempt, settings.maxAttempts(), wait.toMillis());
        try {
            settings.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw LlmFailure.callers("grading was cancelled while waiting to retry after " + why);
        }
    }

    private static boolean mentionsFormat(String body) {
        String b = body.toLowerCase(Locale.ROOT);
        return b.contains("response_format") || b.contains("json_schema");
    }
}
