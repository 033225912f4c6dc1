package dev.interviewcoach.cli.internal;

import dev.interviewcoach.api.Grade;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import java.util.List;

/** A candidate who passes every question with one score and the boss question with another. */
final class PassingGrader implements Grader {
    private final double score;
    private final double bossScore;

    PassingGrader(double score, double bossScore) {
        this.score = score;
        this.bossScore = bossScore;
    }

    @Override
    public String id() {
        return "passing";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public Grade grade(GradingRequest request) {
        double s = request.challenge().id().startsWith("boss.") ? bossScore : score;
        return Grade.ok(s, List.of(), List.of(), List.of(), "", id(), version());
    }
}
