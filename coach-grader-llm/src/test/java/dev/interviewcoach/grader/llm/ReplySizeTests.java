package dev.interviewcoach.grader.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.GradeStatus;
import dev.interviewcoach.spi.GradingRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A response is read up to a hard byte limit: a larger one is an ERROR that says so, and no more of it is read. */
class ReplySizeTests {
    private static final String ANSWER = "Retry only idempotent calls, with exponential backoff and jitter.";
    private final Fixtures.TestClock clock = new Fixtures.TestClock();
    private final Fixtures.RecordingSleeper sleeper = new Fixtures.RecordingSleeper(clock);
    private FakeEndpoint endpoint;

    @AfterEach
    void close() {
        if (endpoint != null) {
            endpoint.close();
        }
    }

    /** The fake model's verdict on the answer, its feedback padded to about {@code size} characters. */
    private static String verdict(int size) {
        var verdict = new FakeModel(Fixtures.retries()).verdict(ANSWER);
        verdict.put("feedback", "Good. " + "x".repeat(Math.max(0, size)));
        return verdict.toString();
    }

    private Grade grade(LlmGraderBuilder builder) {
        return builder.build().grade(GradingRequest.of(Fixtures.retries(), Answer.of(ANSWER)));
    }

    @Test
    void aValidReplyLargerThanTheDefaultLimitIsAnErrorThatSaysItWasTooLargeAndIsNotRetried() throws Exception {
        String big = FakeEndpoint.completion(verdict(5 * 1024 * 1024), "stop");
        endpoint = new FakeEndpoint(r -> FakeEndpoint.Reply.ok(big));

        Grade grade = grade(Fixtures.builder(endpoint, clock, sleeper));

        assertThat(grade.status()).isEqualTo(GradeStatus.ERROR);
        assertThat(grade.message()).hasValueSatisfying(m -> assertThat(m)
                .contains("larger than 4194304 bytes (llm.max-reply-bytes)").contains("not read further"));
        assertThat(endpoint.received()).hasSize(1);
    }

    @Test
    void theLimitIsASettingAndAReplyWithinItGrades() throws Exception {
        String reply = FakeEndpoint.completion(verdict(1500), "stop");
        endpoint = new FakeEndpoint(r -> FakeEndpoint.Reply.ok(reply));
        int size = reply.getBytes(StandardCharsets.UTF_8).length;

        Grade over = grade(Fixtures.builder(endpoint, clock, sleeper).maxReplyBytes(size - 1));
        Grade within = grade(Fixtures.builder(endpoint, clock, sleeper).maxReplyBytes(size));

        assertThat(over.status()).isEqualTo(GradeStatus.ERROR);
        assertThat(over.message()).hasValueSatisfying(m -> assertThat(m).contains("larger than " + (size - 1) + " bytes"));
        assertThat(within.isScored()).isTrue();
    }

    @Test
    void aResponseThatDeclaresNoLengthAndGoesOnIsCutOffAtTheLimitAndNotReadToItsEnd() throws Exception {
        long total = 32L * 1024 * 1024;
        var written = new AtomicLong();
        var accepted = new AtomicReference<Socket>();
        try (var server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var streaming = new Thread(() -> stream(server, accepted, written, total));
            streaming.setDaemon(true);
            streaming.start();
            var builder = LlmGraders.builder().baseUrl(URI.create("http://127.0.0.1:" + server.getLocalPort() + "/v1"))
                    .model("test-model").timing(clock, sleeper, 42);

            Grade grade = grade(builder);

            assertThat(grade.status()).isEqualTo(GradeStatus.ERROR);
            assertThat(grade.message()).hasValueSatisfying(m -> assertThat(m).contains("larger than 4194304 bytes"));
            assertThat(written.get()).as("bytes the server could write before the grade came back").isLessThan(total);
        } finally {
            var socket = accepted.get();
            if (socket != null) {
                socket.close();
            }
        }
    }

    /** Answers one request with a body of {@code total} bytes, without a length, counting what it could write. */
    private static void stream(ServerSocket server, AtomicReference<Socket> accepted, AtomicLong written, long total) {
        try (var socket = server.accept()) {
            accepted.set(socket);
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                // the request's headers; its body is not needed
            }
            var out = socket.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{\"choices\": ["
                    .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            while (written.get() < total) {
                out.write(chunk);
                written.addAndGet(chunk.length);
            }
            out.write("]}".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the client hung up: it read no further
        }
    }
}
