package dev.interviewcoach.grader.llm;

import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.tck.GraderContract;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LLM grader meets the grader contract against a local endpoint whose "model" grades sensibly;
 * with a reply cache directory it declares DETERMINISTIC, so the repeat and concurrency tests run too.
 */
class LlmGraderContractTests extends GraderContract {
    @TempDir
    Path cacheDir;
    private FakeEndpoint endpoint;

    @Override
    protected Grader createGrader() {
        try {
            if (endpoint == null) {
                endpoint = new FakeEndpoint(new FakeModel(challenge()));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Fixtures.builder(endpoint).sampling(0, OptionalLong.of(7)).cache(100, Optional.of(cacheDir)).build();
    }

    /** Pointed at a port nobody listens on: the connection is refused. */
    @Override
    protected Optional<Grader> createFailingGrader() {
        int port;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        var clock = new Fixtures.TestClock();
        return Optional.of(LlmGraders.builder().baseUrl(URI.create("http://127.0.0.1:" + port + "/v1")).model("test-model")
                .apiKey("sk-test-secret").timing(clock, new Fixtures.RecordingSleeper(clock), 1)
                .retries(2, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofSeconds(1)).build());
    }

    @AfterEach
    void closeEndpoint() {
        if (endpoint != null) {
            endpoint.close();
        }
    }
}
