package dev.interviewcoach.core.internal.grading;

import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GraderCapability;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What a grader made of other graders reports about itself: a combined id, version and capabilities. */
record GraderGroup(String id, String version, Set<GraderCapability> capabilities) {
    static GraderGroup of(String kind, List<Grader> graders) {
        if (graders.isEmpty()) {
            throw new IllegalArgumentException("a " + kind + " needs at least one grader");
        }
        String id = kind + "(" + graders.stream().map(Grader::id).collect(Collectors.joining(",")) + ")";
        String version = graders.stream().map(Grader::version).collect(Collectors.joining(","));
        var all = EnumSet.noneOf(GraderCapability.class);
        graders.forEach(g -> all.addAll(g.capabilities()));
        // the group is deterministic only when every member is
        if (!graders.stream().allMatch(g -> g.capabilities().contains(GraderCapability.DETERMINISTIC))) {
            all.remove(GraderCapability.DETERMINISTIC);
        }
        return new GraderGroup(id, version, Set.copyOf(all));
    }
}
