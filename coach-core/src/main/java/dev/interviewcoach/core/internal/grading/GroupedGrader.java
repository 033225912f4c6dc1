package dev.interviewcoach.core.internal.grading;

import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GraderCapability;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A grader made of other graders: its id names the kind and the members (e.g. {@code
 * fallback(llm,rubric)}), its version joins theirs, and it is deterministic only when every member is.
 */
abstract class GroupedGrader implements Grader {
    private final String id;
    private final String version;
    private final Set<GraderCapability> capabilities;

    GroupedGrader(String kind, List<Grader> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a " + kind + " needs at least one grader");
        }
        this.id = kind + "(" + members.stream().map(Grader::id).collect(Collectors.joining(",")) + ")";
        this.version = members.stream().map(Grader::version).collect(Collectors.joining(","));
        var all = EnumSet.noneOf(GraderCapability.class);
        members.forEach(g -> all.addAll(g.capabilities()));
        if (!members.stream().allMatch(g -> g.capabilities().contains(GraderCapability.DETERMINISTIC))) {
            all.remove(GraderCapability.DETERMINISTIC);
        }
        this.capabilities = Set.copyOf(all);
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
