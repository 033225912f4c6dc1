package dev.interviewcoach.bench.heldout;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Grade;
import java.util.Locale;

/** One answer of the dev half beside its grade, criterion by criterion, for studying what a grader misses. */
final class Explanation {
    private Explanation() {}

    static String of(HeldoutSet.Item item, Challenge challenge, Grade grade) {
        if (!item.split().equals("dev")) {
            throw new IllegalArgumentException(item.id() + " is in the test half, which is measured, never studied");
        }
        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "== %s %s human=%d (%s) grade=%.2f%n", item.id(), challenge.id(),
                item.score(), item.reason(), grade.score().orElse(-1)));
        out.append(item.text().strip()).append('\n');
        for (var criterion : grade.criteria()) {
            out.append(String.format(Locale.ROOT, "  [%s %.2f] %s", criterion.outcome(), criterion.credit(),
                    criterion.criterionId()));
            for (var span : criterion.spans()) {
                out.append(" «").append(item.text(), span.start(), span.end()).append('»');
            }
            out.append('\n');
        }
        grade.misconceptions().forEach(m -> out.append("  misconception: ").append(m).append('\n'));
        grade.message().ifPresent(m -> out.append("  message: ").append(m).append('\n'));
        return out.toString();
    }
}
