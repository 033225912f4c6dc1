package dev.interviewcoach.core;

import dev.interviewcoach.api.Grade;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GraderCapability;
import dev.interviewcoach.spi.GradingRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/** A fake grader that gives every answer the same score, optionally waiting on a latch first. */
final class FixedGrader implements Grader {
    private final double score;
    private final CountDownLatch release;
    final CountDownLatch started = new CountDownLatch(1);

    FixedGrader(double score) {
        this(score, new CountDownLatch(0));
    }

    FixedGrader(double score, CountDownLatch release) {
        this.score = score;
        this.release = release;
    }

    double score() {
        return score;
    }

    @Override
    public String id() {
        return "fixed";
    }

    @Override
    public String version() {
        return "1";
    }

    /** Declares the network, as a remote grader would: its grades may be slow. */
    @Override
    public Set<GraderCapability> capabilities() {
        return EnumSet.of(GraderCapability.NEEDS_NETWORK);
    }

    @Override
    public Grade grade(GradingRequest request) {
        started.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Grade.error(id(), version(), "interrupted");
        }
        return Grade.ok(score, List.of(), List.of(), List.of(), "", id(), version());
    }
}
