package dev.interviewcoach.cli.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves on by a fixed step each time it is read: time passes without waiting. */
final class AdvancingClock extends Clock {
    private final Duration step;
    private Instant now = CliRun.CLOCK.instant();

    AdvancingClock(Duration step) {
        this.step = step;
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
    public synchronized Instant instant() {
        now = now.plus(step);
        return now;
    }
}
