package dev.interviewcoach.core;

import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GraderProvider;
import dev.interviewcoach.spi.GraderSpec;
import java.util.Set;

/**
 * Provides "child-only", listed as a service only in a class loader a test makes, as a plug-in host
 * or web container loads an application's graders (public, as {@link java.util.ServiceLoader} requires).
 */
public final class ChildLoaderGraderProvider implements GraderProvider {
    /** For the service loader. */
    public ChildLoaderGraderProvider() {}

    @Override
    public Set<String> names() {
        return Set.of("child-only");
    }

    @Override
    public Grader create(GraderSpec spec) {
        return new FixedGrader(0.5);
    }
}
