package dev.interviewcoach.cli.internal;

import dev.interviewcoach.api.Grade;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GraderProvider;
import dev.interviewcoach.spi.GraderSpec;
import dev.interviewcoach.spi.GradingRequest;
import java.util.Set;

/** The grader {@code down}, for tests: it fails on every answer, as a remote grader does in an outage. */
public final class DownGraderProvider implements GraderProvider {
    @Override
    public Set<String> names() {
        return Set.of("down");
    }

    @Override
    public Grader create(GraderSpec spec) {
        return new Grader() {
            @Override
            public String id() {
                return "down";
            }

            @Override
            public String version() {
                return "1";
            }

            @Override
            public Grade grade(GradingRequest request) {
                return Grade.error(id(), version(), "the grading service did not answer");
            }
        };
    }
}
