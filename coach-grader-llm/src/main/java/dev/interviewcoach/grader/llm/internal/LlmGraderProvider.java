package dev.interviewcoach.grader.llm.internal;

import dev.interviewcoach.grader.llm.LlmGraders;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GraderProvider;
import dev.interviewcoach.spi.GraderSpec;
import java.util.Set;

/** Provides the LLM grader by the name {@code llm}, configured from the spec's properties and the environment. */
public final class LlmGraderProvider implements GraderProvider {
    /** Creates the provider (called by {@link java.util.ServiceLoader}). */
    public LlmGraderProvider() {}

    @Override
    public Set<String> names() {
        return Set.of(LlmGraders.NAME);
    }

    @Override
    public Grader create(GraderSpec spec) {
        if (!LlmGraders.NAME.equals(spec.name())) {
            throw new IllegalArgumentException("this provider builds only '" + LlmGraders.NAME + "', not '" + spec.name() + "'");
        }
        return LlmGraders.fromProperties(spec.properties());
    }
}
