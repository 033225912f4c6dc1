package dev.interviewcoach.grader.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.CriterionResult;
import dev.interviewcoach.api.DetectedMisconception;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.grader.llm.FakeEndpoint.Reply;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A recorded conversation with a real OpenAI-compatible server, replayed: requests are matched by
 * model and answer, responses come back in the recorded order, and the grades are the recorded ones.
 */
class TranscriptTests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private FakeEndpoint endpoint;

    @AfterEach
    void close() {
        endpoint.close();
    }

    @Test
    void aRecordedTranscriptReplaysToTheRecordedGrades() throws Exception {
        JsonNode transcript;
        try (var in = getClass().getResourceAsStream("/transcripts/retries-local-server.json")) {
            transcript = JSON.readTree(in);
        }
        Map<String, LinkedList<JsonNode>> pending = new HashMap<>();
        transcript.path("exchanges").forEach(x -> pending.computeIfAbsent(key(x.path("request").path("model").asText(),
                x.path("request").path("answer").asText()), k -> new LinkedList<>()).add(x));
        var unmatched = new ArrayList<String>();
        endpoint = new FakeEndpoint(r -> {
            var queue = pending.get(key(r.body().path("model").asText(), FakeModel.answerIn(r.userMessage())));
            if (queue == null || queue.isEmpty()) {
                unmatched.add(r.userMessage());
                return new Reply(500, Map.of(), "{\"error\": \"not in the transcript\"}");
            }
            JsonNode x = queue.removeFirst();
            assertThat(r.body().path("response_format").path("type").asText()).isEqualTo(x.path("request").path("response_format").asText());
            var headers = new HashMap<String, String>();
            x.path("response").path("headers").properties().forEach(e -> headers.put(e.getKey(), e.getValue().asText()));
            return new Reply(x.path("response").path("status").asInt(), headers, x.path("response").path("body").toString());
        });
        var clock = new Fixtures.TestClock();
        var sleeper = new Fixtures.RecordingSleeper(clock);
        Grader grader = Fixtures.builder(endpoint, clock, sleeper).model("qwen2.5:7b-instruct").build();

        for (JsonNode expected : transcript.path("expected")) {
            String answer = expected.path("answer").asText();
            Grade grade = grader.grade(GradingRequest.of(Fixtures.retries(), Answer.of(answer)));

            assertThat(grade.score()).as(answer).hasValue(expected.path("score").asDouble());
            assertThat(grade.criteria()).extracting(c -> c.outcome().name())
                    .containsExactlyElementsOf(texts(expected.path("outcomes")));
            assertThat(grade.misconceptions()).extracting(DetectedMisconception::misconceptionId)
                    .containsExactlyElementsOf(texts(expected.path("misconceptions")));
            expected.path("spans").properties().forEach(e -> {
                CriterionResult result = grade.criteria().stream().filter(c -> c.criterionId().equals(e.getKey())).findFirst()
                        .orElseThrow();
                assertThat(result.spans()).extracting(s -> s.in(answer)).containsExactlyElementsOf(texts(e.getValue()));
            });
        }
        assertThat(unmatched).isEmpty();
        assertThat(pending.values()).allMatch(List::isEmpty);
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2));
        assertThat(transcript.path("promptVersion").asText()).as("a prompt change needs a new recording")
                .isEqualTo("prompt-1");
    }

    private static String key(String model, String answer) {
        return model + "\u0000" + answer;
    }

    private static List<String> texts(JsonNode array) {
        var list = new ArrayList<String>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }
}
