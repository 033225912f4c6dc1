package dev.interviewcoach.examples;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.CalibrationSample;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.SampleKind;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.Coach;
import dev.interviewcoach.core.CoachSession;
import dev.interviewcoach.core.Graders;
import dev.interviewcoach.core.MemoryStores;
import dev.interviewcoach.core.Step;
import dev.interviewcoach.core.TrackLoader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * A candidate answering a session's steps with the calibration samples of each challenge (a follow-up
 * with its original challenge's), graded by the real rubric grader: {@link #strong()} always gives
 * the strong sample, {@link #mixed(long)} a strong, partial or weak one drawn from a seeded random.
 * Twelve answers a day, each three minutes after the last, from a fixed start.
 */
final class SimulatedCandidate {
    private static final Instant START = Instant.parse("2026-12-03T08:00:00Z");
    private static final int PER_DAY = 12;

    private final String name;
    private final SplittableRandom random;
    private final double strongShare;

    private SimulatedCandidate(String name, SplittableRandom random, double strongShare) {
        this.name = name;
        this.random = random;
        this.strongShare = strongShare;
    }

    static SimulatedCandidate strong() {
        return new SimulatedCandidate("strong", new SplittableRandom(1), 1.0);
    }

    /** Strong answers half the time, partial or weak ones otherwise. */
    static SimulatedCandidate mixed(long seed) {
        return new SimulatedCandidate("mixed", new SplittableRandom(seed), 0.5);
    }

    /**
     * Answers up to {@code maxSteps} steps of a track.
     *
     * @param tracks the loader
     * @param trackId the track
     * @param profile the learner's profile changes before the first step (e.g. a focus)
     * @param maxSteps the most steps answered
     * @return the steps asked, in order
     */
    List<Step> answer(TrackLoader tracks, String trackId, UnaryOperator<dev.interviewcoach.api.LearnerProfile> profile,
            int maxSteps) {
        var clock = new StepClock();
        Coach coach = Coach.builder().tracks(tracks).grader(Graders.rubric()).memoryStore(MemoryStores.inMemory())
                .clock(clock).retrySeed(7).build();
        CoachSession session = coach.session(LearnerId.of(name), trackId);
        session.updateProfile(profile);
        Track track = session.track();
        var steps = new ArrayList<Step>();
        int idleDays = 0;
        while (steps.size() < maxSteps && idleDays < 30) {
            clock.at(START.plus(Duration.ofDays(steps.size() / PER_DAY + idleDays)).plus(Duration.ofMinutes(3L * (steps.size() % PER_DAY))));
            var next = session.next();
            if (next.isEmpty()) {
                idleDays++;
                continue;
            }
            Step step = next.get();
            steps.add(step);
            session.submit(step.id(), Answer.of(text(original(track, step.challenge()))).withTimeTaken(Duration.ofSeconds(60)));
        }
        return steps;
    }

    /** The track's challenge a step's challenge is, or was derived from (a follow-up's id starts with it). */
    static Challenge original(Track track, Challenge asked) {
        return track.challenge(asked.id()).orElseGet(() -> track.challenges().stream()
                .filter(c -> asked.id().startsWith(c.id())).findFirst().orElse(asked));
    }

    private String text(Challenge challenge) {
        SampleKind kind = random.nextDouble() < strongShare ? SampleKind.STRONG
                : random.nextBoolean() ? SampleKind.PARTIAL : SampleKind.WEAK;
        return challenge.samples().stream().filter(s -> s.kind() == kind).map(CalibrationSample::text).findFirst()
                .orElse("I am not sure.");
    }

    /** A clock the simulation moves. */
    private static final class StepClock extends Clock {
        private Instant now = START;

        void at(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
