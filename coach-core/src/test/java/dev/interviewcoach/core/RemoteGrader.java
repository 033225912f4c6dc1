package dev.interviewcoach.core;

import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GraderCapability;
import java.util.EnumSet;
import java.util.Set;

/** A fake grader that declares it needs the network, so the coach grades it asynchronously, with its timeout. */
public abstract class RemoteGrader implements Grader {
    private final String id;

    /**
     * A remote grader.
     *
     * @param id its id
     */
    protected RemoteGrader(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public Set<GraderCapability> capabilities() {
        return EnumSet.of(GraderCapability.NEEDS_NETWORK);
    }
}
