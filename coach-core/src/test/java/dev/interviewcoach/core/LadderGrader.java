package dev.interviewcoach.core;

import dev.interviewcoach.api.Grade;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import java.util.List;
import java.util.Map;

/** A fake grader for a candidate who holds each concept up to a fixed rung: strong below, weak above. */
final class LadderGrader implements Grader {
    private final Map<String, Integer> held;

    LadderGrader(Map<String, Integer> held) {
        this.held = held;
    }

    @Override
    public String id() {
        return "ladder";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public Grade grade(GradingRequest request) {
        var challenge = request.challenge();
        boolean holds = challenge.level().rank() <= held.getOrDefault(challenge.conceptId(), 0);
        return Grade.ok(holds ? 0.95 : 0.15, List.of(), List.of(), List.of(), "", id(), version());
    }
}
