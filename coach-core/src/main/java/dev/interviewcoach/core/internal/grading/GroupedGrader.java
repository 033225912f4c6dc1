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
abstract class GroupedGrader extends DescribedGrader {
    GroupedGrader(String kind, List<Grader> members) {
        super(kind + "(" + nonEmpty(kind, members).stream().map(Grader::id).collect(Collectors.joining(",")) + ")",
                members.stream().map(Grader::version).collect(Collectors.joining(",")), capabilities(members));
    }

    private static List<Grader> nonEmpty(String kind, List<Grader> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a " + kind + " needs at least one grader");
        }
        return members;
    }

    private static Set<GraderCapability> capabilities(List<Grader> members) {
        var all = EnumSet.noneOf(GraderCapability.class);
        members.forEach(g -> all.addAll(g.capabilities()));
        for (var allOrNone : List.of(GraderCapability.DETERMINISTIC, GraderCapability.IN_PROCESS)) {
            if (!members.stream().allMatch(g -> g.capabilities().contains(allOrNone))) {
                all.remove(allOrNone);
            }
        }
        return all;
    }
}
