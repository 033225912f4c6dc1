package dev.interviewcoach.grader.llm;

import static dev.interviewcoach.grader.llm.LlmGraderTests.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.GradeStatus;
import dev.interviewcoach.core.Graders;
import dev.interviewcoach.grader.llm.FakeEndpoint.Reply;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every way the endpoint or the model can fail ends in an ERROR grade that says why, and a fallback grades instead. */
class FailureTests {
    private static final String ANSWER = "Retry idempotent calls with exponential backoff and jitter.";
    private final Fixtures.TestClock clock = new Fixtures.TestClock();
    private final Fixtures.RecordingSleeper sleeper = new Fixtures.RecordingSleeper(clock);
    private FakeEndpoint endpoint;

    @AfterEach
    void close() {
        endpoint.close();
    }

    private Grade grade(Function<FakeEndpoint.Received, Reply> script) throws Exception {
        endpoint = new FakeEndpoint(script);
        return grader().grade(GradingRequest.of(Fixtures.retries(), Answer.of(ANSWER)));
    }

    private Grader grader() {
        return Fixtures.builder(endpoint, clock, sleeper).build();
    }

    private static void assertError(Grade grade, String why) {
        assertThat(grade.status()).isEqualTo(GradeStatus.ERROR);
        assertThat(grade.score()).isEmpty();
        assertThat(grade.graderId()).isEqualTo("llm");
        assertThat(grade.message()).hasValueSatisfying(m -> assertThat(m).contains(why).doesNotContain(ANSWER));
    }

    @Test
    void malformedJsonIsAnErrorThatSaysSo() throws Exception {
        assertError(grade(r -> reply("{\"criteria\": [ {\"id\": \"idempotency\", \"status\": ")), "not valid JSON");
        endpoint.close();
        assertError(grade(r -> reply("I think the answer is good.")), "not JSON");
    }

    @Test
    void aReplyCutOffAtMaxTokensIsAnErrorThatSaysSo() throws Exception {
        assertError(grade(r -> Reply.ok(FakeEndpoint.completion("{\"criteria\": [{\"id\": \"idem", "length"))),
                "cut off at max_tokens (1500)");
    }

    @Test
    void anEmptyChoiceARefusalAndAFilteredReplyAreErrorsThatSayWhich() throws Exception {
        assertError(grade(r -> Reply.ok("{\"id\": \"x\", \"choices\": []}")), "no choices");
        endpoint.close();
        assertError(grade(r -> Reply.ok("{\"choices\": [{\"index\": 0, \"message\": {\"role\": \"assistant\", \"content\": null, "
                + "\"refusal\": \"I can't help with that.\"}, \"finish_reason\": \"stop\"}]}")), "refused");
        endpoint.close();
        assertError(grade(r -> Reply.ok(FakeEndpoint.completion("", "content_filter"))), "content filter");
        endpoint.close();
        assertError(grade(r -> Reply.ok(FakeEndpoint.completion("  ", "stop"))), "empty");
    }

    @Test
    void aMisconceptionTheQuestionDoesNotHaveIsAnErrorAsAnUnknownCriterionIs() throws Exception {
        assertError(grade(r -> LlmGraderTests.reply("""
                {"criteria": [
                  {"id": "idempotency", "status": "met", "quotes": ["Retry idempotent calls"], "note": ""},
                  {"id": "backoff", "status": "met", "quotes": ["exponential backoff"], "note": ""},
                  {"id": "budget", "status": "missed", "quotes": [], "note": ""}],
                 "misconceptions": [{"id": "no-such-misconception", "quotes": ["jitter"]}],
                 "feedback": "", "addresses_grader": false}""")), "names no misconception of this question");
    }

    @Test
    void aReplyWhoseEveryCreditedQuoteIsMadeUpIsAnErrorNotAZero() throws Exception {
        assertError(grade(r -> LlmGraderTests.reply("""
                {"criteria": [
                  {"id": "idempotency", "status": "met", "quotes": ["explained consensus via Paxos"], "note": ""},
                  {"id": "backoff", "status": "met", "quotes": ["in great detail"], "note": ""},
                  {"id": "budget", "status": "missed", "quotes": [], "note": ""}],
                 "misconceptions": [], "feedback": "Good answer.", "addresses_grader": false}""")),
                "none of which is in the answer");
    }

    @Test
    void aReplyOfTheWrongSchemaIsAnErrorThatNamesTheField() throws Exception {
        assertError(grade(r -> reply("{\"criteria\": [{\"id\": \"idempotency\", \"status\": \"excellent\", \"quotes\": []}]}")),
                "criteria[0].status is 'excellent', not one of met, partly, missed");
        endpoint.close();
        assertError(grade(r -> reply("{\"criteria\": [{\"id\": \"idempotency\", \"status\": \"met\", \"quotes\": []}]}")),
                "criterion backoff is not graded");
        endpoint.close();
        assertError(grade(r -> reply("{\"score\": 0.9}")), "'criteria' is missing");
    }

    @Test
    void fiveHundredsAreRetriedWithGrowingJitteredWaitsThenGiveAnError() throws Exception {
        Grade grade = grade(r -> new Reply(500, Map.of(), "{\"error\": {\"message\": \"upstream overloaded\"}}"));

        assertError(grade, "the server answered 500: upstream overloaded after 3 attempts");
        assertThat(endpoint.received()).hasSize(3);
        assertThat(sleeper.waits).hasSize(2);
        // equal jitter: the n-th wait lies in [initial x 2^(n-1) / 2, initial x 2^(n-1)]
        assertThat(sleeper.waits.get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
        assertThat(sleeper.waits.get(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void aFiveHundredThenASuccessGrades() throws Exception {
        var calls = new AtomicInteger();
        var model = new FakeModel(Fixtures.retries());
        Grade grade = grade(r -> calls.getAndIncrement() == 0 ? new Reply(503, Map.of(), "") : model.apply(r));

        assertThat(grade.isScored()).isTrue();
        assertThat(endpoint.received()).hasSize(2);
    }

    @Test
    void a429IsRetriedAfterExactlyTheWaitItsRetryAfterAsks() throws Exception {
        var calls = new AtomicInteger();
        var model = new FakeModel(Fixtures.retries());
        Grade grade = grade(r -> calls.getAndIncrement() == 0
                ? new Reply(429, Map.of("Retry-After", "7"), "{\"error\": {\"message\": \"rate limited\"}}") : model.apply(r));

        assertThat(grade.isScored()).isTrue();
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void aRetryAfterGivenAsADateIsReadAgainstTheClock() throws Exception {
        var calls = new AtomicInteger();
        var model = new FakeModel(Fixtures.retries());
        grade(r -> calls.getAndIncrement() == 0
                ? new Reply(429, Map.of("Retry-After", "Thu, 03 Dec 2026 09:00:12 GMT"), "") : model.apply(r));

        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void aRetryAfterLongerThanAllowedEndsTheRetriesWithAnError() throws Exception {
        assertError(grade(r -> new Reply(429, Map.of("Retry-After", "3600"), "")), "asks to wait 3600 s");
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void aSlowResponseTimesOutIntoAnError() throws Exception {
        endpoint = new FakeEndpoint(r -> null);
        endpoint.script(r -> endpoint.hang());
        Grade grade = Fixtures.builder(endpoint, clock, sleeper).timeouts(Duration.ofSeconds(5), Duration.ofMillis(300)).build()
                .grade(GradingRequest.of(Fixtures.retries(), Answer.of(ANSWER)));

        assertError(grade, "within 300 ms (read timeout)");
    }

    @Test
    void aResponseThatStallsAfterItsHeadersTimesOutIntoAnErrorAndFreesTheThread() throws Exception {
        endpoint = new FakeEndpoint(r -> null);
        var release = new java.util.concurrent.CountDownLatch(1);
        try (var server = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            var stalling = new Thread(() -> {
                try (var socket = server.accept()) {
                    var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                            java.nio.charset.StandardCharsets.UTF_8));
                    for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                        // the request's headers; its body is not needed
                    }
                    var out = socket.getOutputStream();
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n"
                            + "{\"id\": \"x\", \"choices\": [").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    out.flush();
                    release.await(); // and nothing more
                } catch (Exception ignored) {
                    // the client hung up
                }
            });
            stalling.setDaemon(true);
            stalling.start();
            var grader = LlmGraders.builder().baseUrl(java.net.URI.create("http://127.0.0.1:" + server.getLocalPort() + "/v1"))
                    .model("test-model").timeouts(Duration.ofSeconds(5), Duration.ofMillis(400)).timing(clock, sleeper, 42)
                    .build();
            var grading = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> grader.grade(GradingRequest.of(Fixtures.retries(), Answer.of(ANSWER))));
            Grade grade = grading.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertError(grade, "(read timeout)");
        } finally {
            release.countDown();
        }
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndClosesAfterTheCooldown() throws Exception {
        var healthy = new java.util.concurrent.atomic.AtomicBoolean(false);
        var model = new FakeModel(Fixtures.retries());
        endpoint = new FakeEndpoint(r -> healthy.get() ? model.apply(r) : new Reply(500, Map.of(), ""));
        Grader grader = Fixtures.builder(endpoint, clock, sleeper).retries(1, Duration.ofMillis(10), Duration.ofMillis(10),
                Duration.ofSeconds(1)).circuitBreaker(2, Duration.ofSeconds(30)).build();
        for (String text : List.of("first answer idempotent", "second answer idempotent")) {
            grader.grade(GradingRequest.of(Fixtures.retries(), Answer.of(text)));
        }
        assertThat(endpoint.received()).hasSize(2);
        healthy.set(true);

        Grade whileOpen = grader.grade(GradingRequest.of(Fixtures.retries(), Answer.of(ANSWER)));
        assertError(whileOpen, "circuit is open");
        assertThat(endpoint.received()).hasSize(2);

        clock.advance(Duration.ofSeconds(31));
        assertThat(grader.grade(GradingRequest.of(Fixtures.retries(), Answer.of(ANSWER))).isScored()).isTrue();
        assertThat(endpoint.received()).hasSize(3);
    }

    @Test
    void anAnswerOverTheInputCapIsAnErrorAndIsNotSent() throws Exception {
        endpoint = new FakeEndpoint(new FakeModel(Fixtures.retries()));
        Grade grade = Fixtures.builder(endpoint, clock, sleeper).limits(256, 100).build()
                .grade(GradingRequest.of(Fixtures.retries(), Answer.of("idempotent ".repeat(20))));

        assertThat(grade.status()).isEqualTo(GradeStatus.ERROR);
        assertThat(grade.message()).hasValueSatisfying(m -> assertThat(m).contains("220 characters, more than the 100"));
        assertThat(endpoint.received()).isEmpty();
    }

    @Test
    void theApiKeyIsNeverInAMessageEvenWhenTheServerEchoesIt() throws Exception {
        endpoint = new FakeEndpoint(r -> new Reply(401, Map.of(), "{\"error\": {\"message\": \"Incorrect API key provided: sk-secret-999\"}}"));
        Grader grader = Fixtures.builder(endpoint, clock, sleeper).apiKey("sk-secret-999").build();
        Grade unauthorised = grader.grade(GradingRequest.of(Fixtures.retries(), Answer.of(ANSWER)));
        endpoint.script(r -> new Reply(400, Map.of(), "{\"error\": {\"message\": \"bad key sk-secret-999 for model\"}}"));
        Grade bad = grader.grade(GradingRequest.of(Fixtures.retries(), Answer.of(ANSWER + " again")));

        assertError(unauthorised, "401 (the credentials were refused)");
        assertError(bad, "the server answered 400: bad key **** for model");
        assertThat(grader.toString()).doesNotContain("sk-secret-999");
        assertThat(unauthorised.message().orElseThrow() + bad.message().orElseThrow()).doesNotContain("sk-secret-999");
    }

    @Test
    void aServerErrorThatEchoesTheRequestKeepsNoneOfTheAnswerInTheMessage() throws Exception {
        String answer = "My colleague Jane Roe at Acme says we retry idempotent calls with exponential backoff.";
        endpoint = new FakeEndpoint(r -> new Reply(400, Map.of(), "{\"error\": {\"message\": \"cannot parse: "
                + answer.substring(0, 60) + "\"}}"));
        Grade grade = grader().grade(GradingRequest.of(Fixtures.retries(), Answer.of(answer)));

        assertThat(grade.status()).isEqualTo(GradeStatus.ERROR);
        assertThat(grade.message()).hasValueSatisfying(m -> assertThat(m).contains("the server answered 400")
                .contains("quotes the request").doesNotContain("Jane Roe"));
    }

    @Test
    void aServerErrorThatEchoesAShortRunOfTheAnswerKeepsOnlyItsStatus() throws Exception {
        String answer = "Jane Roe at Acme Corp retries idempotent calls with exponential backoff and jitter.";
        String head = answer.substring(0, 28);
        String middle = answer.substring(30, 53);
        endpoint = new FakeEndpoint(r -> new Reply(500, Map.of(), "{\"error\": {\"message\": \"invalid: '" + head + "'\"}}"));
        Grade fiveHundred = grader().grade(GradingRequest.of(Fixtures.retries(), Answer.of(answer)));
        endpoint.script(r -> new Reply(400, Map.of(), "{\"error\": \"unexpected token near '" + middle + "'\"}"));
        Grade fourHundred = grader().grade(GradingRequest.of(Fixtures.retries(), Answer.of(answer)));

        assertThat(fiveHundred.message()).hasValueSatisfying(m -> assertThat(m).contains("the server answered 500")
                .contains("quotes the request").doesNotContain(head).doesNotContainIgnoringCase("Jane Roe"));
        assertThat(fourHundred.message()).hasValueSatisfying(m -> assertThat(m).contains("the server answered 400")
                .contains("quotes the request").doesNotContain(middle));
    }

    @Test
    void aServerThatRejectsStructuredOutputIsAskedAgainWithJsonMode() throws Exception {
        var model = new FakeModel(Fixtures.retries());
        Grade grade = grade(r -> r.body().path("response_format").path("type").asText().equals("json_schema")
                ? new Reply(400, Map.of(), "{\"error\": {\"message\": \"response_format json_schema is not supported\"}}")
                : model.apply(r));

        assertThat(grade.isScored()).isTrue();
        assertThat(endpoint.received()).extracting(r -> r.body().path("response_format").path("type").asText())
                .containsExactly("json_schema", "json_object");
    }

    @Test
    void aFallbackGradesWithTheRubricGraderWhenTheModelFailsAndTheGradeNamesBoth() throws Exception {
        endpoint = new FakeEndpoint(r -> reply("not json at all"));
        Grader chain = Graders.fallback(grader(), Graders.rubric());

        Grade grade = chain.grade(GradingRequest.of(Fixtures.retries(), Answer.of(ANSWER)));

        assertThat(grade.isScored()).isTrue();
        assertThat(grade.graderId()).isEqualTo(chain.id());
        assertThat(grade.message()).hasValueSatisfying(m -> assertThat(m).contains("graded by rubric after llm ERROR")
                .contains("not JSON"));
    }
}
