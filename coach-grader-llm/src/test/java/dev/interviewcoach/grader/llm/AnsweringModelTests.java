package dev.interviewcoach.grader.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reply from another model than the one configured is graded, and the grade says which model answered. */
class AnsweringModelTests {
    private static final String ANSWER = "Retry only idempotent calls, with exponential backoff and jitter.";
    private FakeEndpoint endpoint;

    @AfterEach
    void close() {
        endpoint.close();
    }

    private void answeredBy(String model) throws Exception {
        var fake = new FakeModel(Fixtures.retries());
        endpoint = new FakeEndpoint(r -> FakeEndpoint.Reply.ok(FakeEndpoint.completion(
                fake.verdict(FakeModel.answerIn(r.userMessage())).toString(), "stop", model)));
    }

    private static Grade grade(Grader grader) {
        return grader.grade(GradingRequest.of(Fixtures.retries(), Answer.of(ANSWER)));
    }

    @Test
    void aReplyFromAnotherModelSaysSoInTheGradeAndTheCachedGradeSaysTheSame(@TempDir Path dir) throws Exception {
        answeredBy("cheaper-model");
        var grader = Fixtures.builder(endpoint).cache(10, Optional.of(dir)).build();

        Grade first = grade(grader);
        Grade again = grade(grader);
        Grade restarted = grade(Fixtures.builder(endpoint).cache(10, Optional.of(dir)).build());

        assertThat(first.isScored()).isTrue();
        assertThat(first.message()).hasValueSatisfying(m -> assertThat(m)
                .contains("the reply came from model 'cheaper-model', not the configured 'test-model'"));
        assertThat(again).isEqualTo(first);
        assertThat(restarted).isEqualTo(first);
        assertThat(endpoint.received()).hasSize(1);
    }

    @Test
    void aDatedSnapshotOfTheConfiguredModelIsTheSameModel() throws Exception {
        answeredBy("test-model-2024-07-18");

        assertThat(grade(Fixtures.builder(endpoint).build()).message()).isEmpty();
    }
}
