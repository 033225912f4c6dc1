package dev.interviewcoach.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.EvidenceSpan;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.spi.Grader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;

/** What a grade must be to fit its answer and its challenge, as the grader kit checks it. */
final class GradeChecks {
    private GradeChecks() {}

    /**
     * Checks softly that a grade is there, names this grader and its version, fits the challenge and
     * quotes whole words inside the answer; whether it is there at all.
     */
    static boolean fits(SoftAssertions softly, Grade grade, String text, String what, Grader grader,
            Challenge challenge) {
        softly.assertThat(grade).as("%s of %s", what, brief(text)).isNotNull();
        if (grade == null) {
            return false;
        }
        softly.assertThat(grade.graderId()).as("grader id in %s of %s", what, brief(text)).isEqualTo(grader.id());
        softly.assertThat(grade.graderVersion()).as("grader version in %s of %s", what, brief(text))
                .isEqualTo(grader.version());
        softly.assertThat(misfits(grade, challenge))
                .as("what %s of %s names that %s does not have", what, brief(text), challenge.id()).isEmpty();
        softly.assertThatCode(() -> assertSpansInside(grade, text, what + " of " + brief(text)))
                .doesNotThrowAnyException();
        return true;
    }

    static void assertSpansInside(Grade grade, String text, String what) {
        Stream<EvidenceSpan> spans = Stream.concat(
                grade.criteria().stream().flatMap(c -> c.spans().stream()),
                grade.misconceptions().stream().flatMap(m -> m.spans().stream()));
        spans.forEach(s -> {
            assertThat(s.end()).as("%s: end of span [%d, %d) in an answer of %d chars", what,
                    s.start(), s.end(), text.length()).isLessThanOrEqualTo(text.length());
            assertThat(cutsAt(text, s.start()) || cutsAt(text, s.end()))
                    .as("%s: span [%d, %d) cuts a word or a character in two: it quotes %s", what, s.start(), s.end(),
                            brief(text.substring(s.start(), s.end())))
                    .isFalse();
        });
    }

    /** Whether a boundary at {@code i} falls inside a surrogate pair or between two letters or digits. */
    /**
     * That a failing grader's grade, got through {@code call}, is an ERROR signed by it whose message
     * and feedback do not repeat the answer (marked with {@code marker}).
     */
    static void assertFailure(Grader broken, Grade grade, String call, String marker) {
        assertThat(grade.status()).as("status of the failing grader's grade from %s (a failure scored 0 would count "
                + "against the learner as a wrong answer)", call).isEqualTo(dev.interviewcoach.api.GradeStatus.ERROR);
        assertThat(grade.graderId()).isEqualTo(broken.id());
        assertThat(grade.message()).as("why it failed, from %s", call).hasValueSatisfying(m -> assertThat(m).isNotBlank()
                .doesNotContain(marker));
        assertThat(grade.feedback()).as("feedback from %s", call).doesNotContain(marker);
    }

    static boolean cutsAt(String text, int i) {
        if (i <= 0 || i >= text.length()) {
            return false;
        }
        char before = text.charAt(i - 1);
        char after = text.charAt(i);
        if (Character.isHighSurrogate(before) && Character.isLowSurrogate(after)) {
            return true;
        }
        return Character.isLetterOrDigit(text.codePointBefore(i)) && Character.isLetterOrDigit(text.codePointAt(i));
    }

    /** What in a grade the challenge does not have, or empty when everything fits. */
    static List<String> misfits(Grade grade, Challenge challenge) {
        var out = new ArrayList<String>();
        // the rubric's criteria, or only parts of the grader's own (a reference grader's ideas), never a mix
        boolean rubricTerms = grade.criteria().stream().anyMatch(c -> challenge.rubric().criterion(c.criterionId()).isPresent());
        grade.criteria().stream().map(c -> c.criterionId())
                .filter(id -> rubricTerms && challenge.rubric().criterion(id).isEmpty())
                .forEach(id -> out.add("criterion " + id));
        grade.dimensions().stream().map(d -> d.dimensionId())
                .filter(id -> challenge.rubric().dimensions().stream().noneMatch(d -> d.id().equals(id)))
                .forEach(id -> out.add("dimension " + id));
        grade.misconceptions().stream().map(m -> m.misconceptionId()).filter(id -> challenge.misconception(id).isEmpty())
                .forEach(id -> out.add("misconception " + id));
        // one result per criterion and per dimension, one report per misconception: a host reads them by id
        twice(grade.criteria().stream().map(c -> c.criterionId()).toList(), "criterion", out);
        twice(grade.dimensions().stream().map(d -> d.dimensionId()).toList(), "dimension", out);
        twice(grade.misconceptions().stream().map(m -> m.misconceptionId()).toList(), "misconception", out);
        return out;
    }

    static void twice(List<String> ids, String what, List<String> out) {
        var seen = new java.util.HashSet<String>();
        ids.stream().filter(id -> !seen.add(id)).distinct().forEach(id -> out.add(what + " " + id + " twice"));
    }

    static String brief(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return "\"" + (oneLine.length() > 60 ? oneLine.substring(0, 60) + "…" : oneLine) + "\"";
    }
}
