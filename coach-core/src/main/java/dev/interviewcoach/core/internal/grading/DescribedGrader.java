package dev.interviewcoach.core.internal.grading;

import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GraderCapability;
import java.util.Set;

/** A grader whose id, version and capabilities are fixed when it is made. */
abstract class DescribedGrader implements Grader {
    private final String id;
    private final String version;
    private final Set<GraderCapability> capabilities;

    DescribedGrader(String id, String version, Set<GraderCapability> capabilities) {
        this.id = id;
        this.version = version;
        this.capabilities = Set.copyOf(capabilities);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String version() {
        return version;
    }

    @Override
    public final Set<GraderCapability> capabilities() {
        return capabilities;
    }
}
