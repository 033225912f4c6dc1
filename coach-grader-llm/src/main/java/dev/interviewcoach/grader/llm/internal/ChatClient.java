package dev.interviewcoach.grader.llm.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interviewcoach.grader.llm.ResponseFormat;
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
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts one chat completion and returns the reply's text: retries 429 and 5xx (and dropped
 * connections) with backoff, honouring {@code Retry-After}; trips the circuit breaker on failure;
 * falls back to a plainer response format when the server rejects the one asked for; and turns an
 * empty choice, a refusal, a filtered or truncated reply into a failure that says which.
 */
final class ChatClient {
    private static final Logger LOG = LoggerFactory.getLogger("dev.interviewcoach.grading.llm");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_DOWNGRADES = 2;

    private final LlmSettings settings;
    private final HttpClient http;
    private final CircuitBreaker breaker;
    private final Backoff backoff;
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
        this.format = new AtomicReference<>(settings.responseFormat());
    }

    /**
     * Sends the two messages and returns the text of the reply.
     *
     * @param system the system message
     * @param user the user message
     * @param schema the reply schema, for structured output
     * @param seed the seed to send, if any
     * @return the reply's text
     * @throws LlmFailure when no usable reply came
     */
    String complete(String system, String user, ObjectNode schema, OptionalLong seed) {
        breaker.check();
        int attempt = 1;
        int downgrades = 0;
        while (true) {
            ResponseFormat asked = format.get();
            HttpResponse<String> response;
            try {
                LOG.debug("chat completion: model {}, attempt {}, format {}", settings.model(), attempt, asked);
                response = send(request(body(system, user, schema, seed, asked)));
            } catch (HttpConnectTimeoutException e) {
                throw failed("no connection to " + settings.endpoint() + " within " + seconds(settings.connectTimeout()));
            } catch (HttpTimeoutException e) {
                throw failed("no response from " + settings.endpoint() + " within " + seconds(settings.readTimeout())
                        + " (read timeout)");
            } catch (IOException e) {
                if (attempt < settings.maxAttempts()) {
                    pause(backoff.delay(attempt), "connection failed (" + e.getClass().getSimpleName() + ")", attempt);
                    attempt++;
                    continue;
                }
                throw failed("cannot reach " + settings.endpoint() + " (" + e.getClass().getSimpleName() + ") after "
                        + attempt + " attempts");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LlmFailure("interrupted while waiting for " + settings.endpoint());
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                breaker.success();
                return Replies.content(response.body(), settings.maxTokens());
            }
            if (status == 400 && asked != ResponseFormat.PROMPT_ONLY && downgrades < MAX_DOWNGRADES
                    && mentionsFormat(response.body())) {
                var next = asked == ResponseFormat.JSON_SCHEMA ? ResponseFormat.JSON_OBJECT : ResponseFormat.PROMPT_ONLY;
                format.compareAndSet(asked, next);
                LOG.info("the endpoint rejects response format {}; asking with {} from now on", asked, next);
                downgrades++;
                continue;
            }
            if (status == 429 || status >= 500) {
                if (attempt < settings.maxAttempts()) {
                    var retryAfter = response.headers().firstValue("Retry-After").flatMap(backoff::retryAfter);
                    int retry = attempt;
                    Duration wait = retryAfter.orElseGet(() -> backoff.delay(retry));
                    if (wait.compareTo(settings.maxRetryAfter()) > 0) {
                        throw failed("the server answered " + status + " and asks to wait " + seconds(wait)
                                + ", longer than the longest wait allowed (" + seconds(settings.maxRetryAfter()) + ")");
                    }
                    pause(wait, "the server answered " + status, attempt);
                    attempt++;
                    continue;
                }
                throw failed("the server answered " + status + summary(status, response.body(), user) + " after " + attempt
                        + (attempt == 1 ? " attempt" : " attempts"));
            }
            throw failed("the server answered " + status + summary(status, response.body(), user));
        }
    }

    /**
     * Sends a request and waits for the whole response, headers and body, within the read timeout.
     * The request's own timeout covers only the time to the headers: a server that sends them and then
     * stalls in the body would otherwise hold the thread for ever.
     */
    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        var future = http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            return future.get(settings.readTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            future.cancel(true);
            throw new HttpTimeoutException("no complete response within the read timeout");
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (java.util.concurrent.ExecutionException e) {
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

    private HttpRequest request(String body) {
        var b = HttpRequest.newBuilder(settings.endpoint()).timeout(settings.readTimeout())
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

    private void pause(Duration wait, String why, int attempt) {
        LOG.warn("{} on attempt {} of {}; retrying in {} ms", why, attempt, settings.maxAttempts(), wait.toMillis());
        try {
            settings.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmFailure("interrupted while waiting to retry");
        }
    }

    private LlmFailure failed(String why) {
        breaker.failure();
        return new LlmFailure(why);
    }

    private static boolean mentionsFormat(String body) {
        String b = body.toLowerCase(Locale.ROOT);
        return b.contains("response_format") || b.contains("json_schema");
    }

    /**
     * The server's own error message, short; never for 401 and 403, whose messages may echo part of a
     * key, nor one that quotes the request (the answer is in it, and the message is stored with the
     * grade).
     */
    private String summary(int status, String body, String sent) {
        if (status == 401 || status == 403) {
            return " (the credentials were refused)";
        }
        String message;
        try {
            JsonNode error = JSON.readTree(body).path("error");
            message = error.isTextual() ? error.asText() : error.path("message").asText("");
        } catch (JsonProcessingException | RuntimeException e) {
            message = "";
        }
        String key = settings.apiKey().map(Secret::reveal).orElse(null);
        if (key != null) {
            message = message.replace(key, "****");
        }
        message = message.replaceAll("\\p{Cntrl}", " ").strip();
        if (message.isEmpty()) {
            return "";
        }
        if (quotes(message, sent)) {
            return " (its error message quotes the request, so it is not kept)";
        }
        return ": " + (message.length() > 160 ? message.substring(0, 160) + "…" : message);
    }

    /** Whether a message repeats a run of 24 characters or more of the text sent. */
    static boolean quotes(String message, String sent) {
        final int run = 24;
        String m = message.toLowerCase(Locale.ROOT);
        String t = sent.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        m = m.replaceAll("\\s+", " ");
        for (int i = 0; i + run <= m.length(); i += run / 3) {
            if (t.contains(m.substring(i, i + run))) {
                return true;
            }
        }
        return false;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
