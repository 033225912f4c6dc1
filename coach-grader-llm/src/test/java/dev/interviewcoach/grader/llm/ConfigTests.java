package dev.interviewcoach.grader.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.core.Graders;
import dev.interviewcoach.spi.GraderSpec;
import dev.interviewcoach.spi.GradingRequest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The grader is found by name and configured from properties and the environment; nothing is sent without an endpoint. */
class ConfigTests {
    private FakeEndpoint endpoint;

    @AfterEach
    void close() {
        if (endpoint != null) {
            endpoint.close();
        }
    }

    @Test
    void graderByNameLlmIsConfiguredFromProperties() throws Exception {
        endpoint = new FakeEndpoint(new FakeModel(Fixtures.retries()));
        var grader = Graders.byName(new GraderSpec("llm", Map.of(LlmGraders.BASE_URL, endpoint.baseUrl().toString(),
                LlmGraders.MODEL, "m1", LlmGraders.API_KEY, "sk-prop", LlmGraders.SEED, "none", LlmGraders.MAX_TOKENS, "800",
                LlmGraders.RESPONSE_FORMAT, "json_object", LlmGraders.READ_TIMEOUT, "20s")));

        var grade = grader.grade(GradingRequest.of(Fixtures.retries(), Answer.of("Only idempotent calls.")));

        assertThat(grader.id()).isEqualTo("llm");
        assertThat(grade.isScored()).isTrue();
        var sent = endpoint.received().get(0);
        assertThat(sent.body().path("model").asText()).isEqualTo("m1");
        assertThat(sent.body().has("seed")).isFalse();
        assertThat(sent.body().path("max_tokens").asInt()).isEqualTo(800);
        assertThat(sent.body().path("response_format").path("type").asText()).isEqualTo("json_object");
        assertThat(sent.headers()).containsEntry("authorization", "Bearer sk-prop");
    }

    @Test
    void theEnvironmentFillsWhatThePropertiesLeaveOutAndNamesTheKeyVariable() throws Exception {
        endpoint = new FakeEndpoint(new FakeModel(Fixtures.retries()));
        var grader = LlmGraders.fromProperties(Map.of(LlmGraders.API_KEY_ENV, "MY_KEY"), Map.of(
                "INTERVIEWCOACH_LLM_BASE_URL", endpoint.baseUrl().toString(), "INTERVIEWCOACH_LLM_MODEL", "env-model",
                "INTERVIEWCOACH_LLM_ORGANIZATION", "org-env", "MY_KEY", "sk-env"));

        grader.grade(GradingRequest.of(Fixtures.retries(), Answer.of("Only idempotent calls.")));

        var sent = endpoint.received().get(0);
        assertThat(sent.body().path("model").asText()).isEqualTo("env-model");
        assertThat(sent.headers()).containsEntry("authorization", "Bearer sk-env").containsEntry("openai-organization", "org-env");
    }

    @Test
    void withoutABaseUrlThereIsNoGraderAndTheErrorSaysWhatToSet() {
        assertThatThrownBy(() -> LlmGraders.fromProperties(Map.of(LlmGraders.MODEL, "m", LlmGraders.API_KEY, "sk-hidden"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("llm.base-url")
                .hasMessageContaining("nothing is sent").hasMessageNotContaining("sk-hidden");
    }

    @Test
    void anUnknownOrMalformedPropertyIsRejectedClearlyWithoutShowingTheKey() {
        assertThatThrownBy(() -> LlmGraders.fromProperties(Map.of("llm.base_url", "http://127.0.0.1:1/v1"), Map.of()))
                .hasMessageContaining("unknown LLM grader properties [llm.base_url]");
        assertThatThrownBy(() -> LlmGraders.fromProperties(Map.of(LlmGraders.BASE_URL, "http://127.0.0.1:1/v1",
                LlmGraders.MODEL, "m", LlmGraders.API_KEY, "sk-hidden", LlmGraders.READ_TIMEOUT, "soon"), Map.of()))
                .hasMessageContaining("llm.read-timeout must be a duration").hasMessageNotContaining("sk-hidden");
        assertThatThrownBy(() -> LlmGraders.builder().baseUrl(java.net.URI.create("http://user:sk-hidden@127.0.0.1/v1"))
                .model("m").build()).hasMessageNotContaining("sk-hidden");
    }

    @Test
    void aKeyVariableNamedOnPurposeButNotSetIsRefusedAtOnceNotFoundOutAsA401() {
        assertThatThrownBy(() -> LlmGraders.fromProperties(Map.of(LlmGraders.BASE_URL, "http://127.0.0.1:1/v1",
                LlmGraders.MODEL, "m", LlmGraders.API_KEY_ENV, "MY_UNSET_KEY"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MY_UNSET_KEY, which is not set");
        assertThat(LlmGraders.fromProperties(Map.of(LlmGraders.BASE_URL, "http://127.0.0.1:1/v1", LlmGraders.MODEL, "m"),
                Map.of())).as("no key variable named: an endpoint without a key").isNotNull();
        assertThat(LlmGraders.builder().baseUrl(java.net.URI.create("http://127.0.0.1:1/v1")).model("m")
                .apiKey(System.getenv("COACH_TEST_SURELY_UNSET_VARIABLE")).build())
                .as("the README's apiKey(System.getenv(..)) with the variable unset").isNotNull();
    }

    @Test
    void anApiKeyWithALineBreakIsRefusedWhenBuildingAndTheMessageNeverShowsIt() {
        var builder = LlmGraders.builder().baseUrl(java.net.URI.create("http://127.0.0.1:1/v1")).model("m")
                .apiKey("sk-abc123\r\nX-Injected: yes");
        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the API key contains a line break").hasMessageNotContaining("sk-abc")
                .hasMessageNotContaining("X-Injected");
        assertThatThrownBy(() -> LlmGraders.fromProperties(Map.of(LlmGraders.BASE_URL, "http://127.0.0.1:1/v1",
                LlmGraders.MODEL, "m"), Map.of("INTERVIEWCOACH_LLM_API_KEY", "sk-abc123\u0000tail")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the API key contains a control character")
                .hasMessageNotContaining("sk-abc").hasMessageNotContaining("tail");
    }

    @Test
    void aBaseUrlWithAQueryIsPostedToAtItsPathWithTheQueryKeptAfterIt() throws Exception {
        endpoint = new FakeEndpoint(new FakeModel(Fixtures.retries()));
        for (String base : java.util.List.of(endpoint.baseUrl() + "?api-version=2024-06-01", endpoint.baseUrl() + "/?api-version=2024-06-01")) {
            var grader = Fixtures.builder(endpoint).baseUrl(java.net.URI.create(base)).build();

            var grade = grader.grade(GradingRequest.of(Fixtures.retries(), Answer.of("Only idempotent calls.")));

            assertThat(grade.isScored()).as("graded through %s", base).isTrue();
            var asked = endpoint.received().get(endpoint.received().size() - 1).uri();
            assertThat(asked.getPath()).isEqualTo("/v1/chat/completions");
            assertThat(asked.getQuery()).isEqualTo("api-version=2024-06-01");
        }
    }

    @Test
    void aBaseUrlWithAFragmentIsRefusedWhenBuildingWithAMessageThatSaysSo() {
        var builder = LlmGraders.builder().baseUrl(java.net.URI.create("https://x.openai.azure.com/openai/deployments/d#v1"))
                .model("m");
        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the base URL has a fragment");
    }

    @Test
    void buildingAGraderSendsNothing() throws Exception {
        endpoint = new FakeEndpoint(new FakeModel(Fixtures.retries()));
        Fixtures.builder(endpoint).build();
        assertThat(endpoint.received()).isEmpty();
    }
}
