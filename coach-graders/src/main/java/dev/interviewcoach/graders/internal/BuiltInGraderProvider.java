package dev.interviewcoach.graders.internal;

import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GraderProvider;
import dev.interviewcoach.spi.GraderSpec;
import java.util.Set;

/** Provides the built-in graders by name to {@link java.util.ServiceLoader} discovery. */
public final class BuiltInGraderProvider implements GraderProvider {
    /** Creates the provider (called by {@link java.util.ServiceLoader}). */
    public BuiltInGraderProvider() {}

    @Override
    public Set<String> names() {
        return Set.of(RubricGrader.ID, ReferenceGrader.ID);
    }

    @Override
    public Grader create(GraderSpec spec) {
        if (!spec.properties().isEmpty()) {
            throw new IllegalArgumentException("grader '" + spec.name() + "' takes no properties, got " + spec.properties().keySet());
        }
        return switch (spec.name()) {
            case RubricGrader.ID -> new RubricGrader();
            case ReferenceGrader.ID -> new ReferenceGrader(TermStatistics.none(), ReferenceSettings.DEFAULT);
            default -> throw new IllegalArgumentException("no built-in grader named '" + spec.name() + "'; known: " + names());
        };
    }
}
