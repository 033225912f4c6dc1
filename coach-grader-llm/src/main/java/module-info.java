/**
 * An optional grader for any OpenAI-compatible chat-completions endpoint (a cloud API, or a local
 * server such as Ollama, llama.cpp or vLLM), on the JDK {@code HttpClient} and Jackson.
 *
 * <p>Only {@code dev.interviewcoach.grader.llm} is exported: the builder, the properties and the
 * sleeper hook. The grader itself is found by name ({@code llm}) through {@code GraderProvider}.
 *
 * @since 0.1
 */
module dev.interviewcoach.grader.llm {
    requires transitive dev.interviewcoach.api;
    requires java.net.http;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports dev.interviewcoach.grader.llm;

    provides dev.interviewcoach.spi.GraderProvider
            with dev.interviewcoach.grader.llm.internal.LlmGraderProvider;
}
