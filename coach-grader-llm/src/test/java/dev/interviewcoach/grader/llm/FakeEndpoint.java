package dev.interviewcoach.grader.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/** A chat-completions endpoint on 127.0.0.1 and an ephemeral port, answering with a script; never the network. */
final class FakeEndpoint implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One HTTP response. */
    record Reply(int status, Map<String, String> headers, String body) {
        static Reply ok(String body) {
            return new Reply(200, Map.of(), body);
        }
    }

    /** One request received: the parsed body, the headers (lower-case names) and the URI asked for. */
    record Received(JsonNode body, Map<String, String> headers, URI uri) {
        /** A request to the usual path. */
        Received(JsonNode body, Map<String, String> headers) {
            this(body, headers, URI.create("/v1/chat/completions"));
        }

        String userMessage() {
            return body.path("messages").get(1).path("content").asText();
        }

        String systemMessage() {
            return body.path("messages").get(0).path("content").asText();
        }
    }

    private final HttpServer server;
    private final ExecutorService pool;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile Function<Received, Reply> script;

    FakeEndpoint(Function<Received, Reply> script) throws IOException {
        this(script, 4);
    }

    /** An endpoint that handles up to {@code threads} requests at once. */
    FakeEndpoint(Function<Received, Reply> script, int threads) throws IOException {
        this.script = script;
        this.pool = Executors.newFixedThreadPool(threads);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    void script(Function<Received, Reply> next) {
        this.script = next;
    }

    /** A reply that comes only when the endpoint closes: for timeouts. */
    Reply hang() {
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Reply(503, Map.of(), "{}");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            var headers = new java.util.HashMap<String, String>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
            var request = new Received(body, headers, exchange.getRequestURI());
            received.add(request);
            Reply reply = script.apply(request);
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        } catch (IOException | RuntimeException e) {
            // the client went away (a timeout): nothing to answer
        }
    }

    /** A chat completion whose message content is {@code content}. */
    static String completion(String content, String finishReason) {
        return completion(content, finishReason, "test-model");
    }

    /** A chat completion whose message content is {@code content}, answered by {@code model}. */
    static String completion(String content, String finishReason, String model) {
        var root = JSON.createObjectNode();
        root.put("id", "chatcmpl-test").put("object", "chat.completion").put("created", 1_764_720_000L).put("model", model);
        var choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", finishReason);
        root.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 50).put("total_tokens", 150);
        return root.toString();
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        pool.shutdownNow();
    }
}
