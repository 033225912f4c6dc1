package dev.interviewcoach.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.EvidenceSpan;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.GradeStatus;
import dev.interviewcoach.spi.Grader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;

/** What a grade must be to fit its answer and its challenge, as the grader kit checks it. */
final class GradeChecks {
    /** Why a grade must name its grader and version, and how, for the failure messages. */
    static final String SIGNED = " (stored with the attempt to say who graded it, the coach refuses a grade signed "
            + "otherwise: sign grades with id() and version(), another's with Grade.signedBy(id(), version()))";

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
        softly.assertThat(grade.graderId()).as("grader id in %s of %s%s", what, brief(text), SIGNED).isEqualTo(grader.id());
        softly.assertThat(grade.graderVersion()).as("grader version in %s of %s%s", what, brief(text), SIGNED)
                .isEqualTo(grader.version());
        softly.assertThat(misfits(grade, challenge))
                .as("what %s of %s names that %s does not have", what, brief(text), challenge.id()).isEmpty();
        softly.assertThat(GradeCoherence.contradictions(grade, challenge, grader))
                .as("what %s of %s says against itself", what, brief(text)).isEmpty();
        softly.assertThatCode(() -> assertSpansInside(grade, text, what + " of " + brief(text)))
                .doesNotThrowAnyException();
        return true;
    }

    static void assertSpansInside(Grade grade, String text, String what) {
        Stream<EvidenceSpan> spans = Stream.concat(
                grade.criteria().stream().flatMap(c -> c.spans().stream()),
                grade.misconceptions().stream().flatMap(m -> m.spans().stream()));
        spans.forEach(s -> {
            assertThat(s.end()).as("%s: end of span [%d, %d) in an answer of %d chars%s", what,
                    s.start(), s.end(), text.length(), lowerCaseHint(text, s)).isLessThanOrEqualTo(text.length());
            assertThat(cutsAt(text, s.start()) || cutsAt(text, s.end()))
                    .as("%s: span [%d, %d) cuts a word or a character in two: it quotes %s%s", what, s.start(), s.end(),
                            brief(text.substring(s.start(), s.end())), lowerCaseHint(text, s))
                    .isFalse();
        });
    }

    /**
     * The likely cause of a span that is off after letters whose lower case is longer (the Turkish dotted
     * capital I lower-cases to two characters): said when, read as offsets into the lower-cased answer, the
     * span quotes whole words; nothing otherwise.
     */
    static String lowerCaseHint(String text, EvidenceSpan span) {
        int start = fromLowerCase(text, span.start());
        int end = fromLowerCase(text, span.end());
        if (start < 0 || end < 0 || start == span.start() && end == span.end() || cutsAt(text, start) || cutsAt(text, end)) {
            return "";
        }
        return " (it lies after letters whose lower case is longer, like the Turkish dotted capital I, and would quote "
                + "whole words as offsets into the lower-cased answer: offsets counted on answer.toLowerCase() fall after "
                + "the right ones. Match without changing the text, e.g. String.regionMatches(true, ..) or a Pattern with "
                + "CASE_INSENSITIVE, and count offsets in the answer itself)";
    }

    /** The offset in {@code text} of offset {@code i} in its lower-cased copy, or -1 when there is none. */
    static int fromLowerCase(String text, int i) {
        int lower = 0;
        int k = 0;
        while (lower < i && k < text.length()) {
            int n = Character.charCount(text.codePointAt(k));
            lower += text.substring(k, k + n).toLowerCase(Locale.ROOT).length();
            k += n;
        }
        return lower == i ? k : -1;
    }

    /**
     * That a failing grader's grade, got through {@code call}, is an ERROR signed by it whose message
     * and feedback do not repeat the answer (marked with {@code marker}).
     */
    static void assertFailure(Grader broken, Grade grade, String call, String marker) {
        assertThat(grade.status()).as("status of the failing grader's grade from %s (%s)", call, whyError(grade))
                .isEqualTo(GradeStatus.ERROR);
        assertThat(grade.graderId()).as("grader id in the failing grader's grade from %s%s", call, SIGNED)
                .isEqualTo(broken.id());
        String message = grade.message().orElse("");
        assertThat(message).as("why it failed, from %s (the message of an ERROR grade tells the host's operators what "
                + "went wrong)", call).isNotBlank();
        assertThat(message).as("the message of the failing grader's grade from %s, which repeats the answer text: a "
                + "failure message must not repeat the answer, as the coach stores it with the attempt and hands it to "
                + "the host (a GraderFailed event), which logs it: the learner's answer would end up in logs and alerts. "
                + "Say what failed, not what was graded", call).doesNotContain(marker);
        assertThat(grade.feedback()).as("feedback of the failing grader's grade from %s, which repeats the answer text "
                + "(it is stored with the attempt)", call).doesNotContain(marker);
    }

    /** Why a failure must be an ERROR, said against the status the failing grader reported. */
    private static String whyError(Grade grade) {
        return switch (grade.status()) {
            case ABSTAIN -> "ABSTAIN means the grader declined to grade this answer, which the coach treats differently "
                    + "from an outage (ERROR): it shows an abstention's message to the learner as the reason about the "
                    + "answer and reports no failure, while an ERROR tells the host its grader failed (a GraderFailed "
                    + "event, what operators watch) and the learner that the answer could not be graded just now. "
                    + "Return Grade.error(id(), version(), \"what went wrong\") when grading fails";
            case OK -> "a failure scored " + grade.score().getAsDouble() + " would count against the learner as a wrong "
                    + "answer: return Grade.error(id(), version(), \"what went wrong\") when grading fails";
            case ERROR -> "an ERROR, as it should be";
        };
    }

    /** Whether a boundary at {@code i} falls inside a surrogate pair or between two letters or digits. */
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
