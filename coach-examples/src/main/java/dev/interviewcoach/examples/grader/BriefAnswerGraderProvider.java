package dev.interviewcoach.examples.grader;

import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GraderProvider;
import dev.interviewcoach.spi.GraderSpec;
import java.util.Set;

/**
 * Makes {@link BriefAnswerGrader} findable by name: {@code Graders.byName("brief-answers")}, or
 * {@code ./coach --grader brief-answers} with this module on the class path.
 *
 * @since 0.1
 */
public final class BriefAnswerGraderProvider implements GraderProvider {
    /** Creates the provider (called by ServiceLoader). */
    public BriefAnswerGraderProvider() {}

    @Override
    public Set<String> names() {
        return Set.of("brief-answers");
    }

    @Override
    public Grader create(GraderSpec spec) {
        return new BriefAnswerGrader();
    }
}
