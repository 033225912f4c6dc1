package dev.interviewcoach.tck;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.CriterionOutcome;
import dev.interviewcoach.api.CriterionResult;
import dev.interviewcoach.api.Dimension;
import dev.interviewcoach.api.DimensionResult;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.EvidenceSpan;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GraderCapability;
import dev.interviewcoach.spi.GradingRequest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A small grader that meets the contract without the built-in graders: a criterion earns the share
 * of its evidence groups with a phrase found verbatim (ignoring case, on word boundaries), a dimension
 * the weighted credit of its criteria; keyword soup (almost no function words) and an echo of the
 * question earn nothing.
 */
class PhraseShareGrader implements Grader {
    static final String ID = "phrase-share";
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "is", "are", "it", "to", "of",
            "and", "or", "so", "on", "in", "for", "that", "this", "not", "be", "can", "if", "with", "as", "by",
            "has", "have", "when", "whether", "which", "but", "at", "from", "you", "i", "we", "they");

    private final boolean failing;

    PhraseShareGrader() {
        this(false);
    }

    /**
     * A grader; a failing one cannot reach its (pretend) phrase service and reports ERROR.
     *
     * @param failing whether every grading fails
     */
    PhraseShareGrader(boolean failing) {
        this.failing = failing;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public Set<GraderCapability> capabilities() {
        return EnumSet.of(GraderCapability.DETERMINISTIC, GraderCapability.USES_RUBRIC, GraderCapability.DIMENSIONS);
    }

    @Override
    public Grade grade(GradingRequest request) {
        try {
            return gradeOrThrow(request.challenge(), request.answer().text());
        } catch (RuntimeException e) {
            return Grade.error(id(), version(), id() + " grading failed: " + e.getClass().getSimpleName());
        }
    }

    Grade gradeOrThrow(Challenge challenge, String text) {
        if (failing) {
            throw new IllegalStateException("phrase service unavailable");
        }
        var results = new ArrayList<CriterionResult>();
        double earned = 0;
        double guard = guard(text, challenge.prompt().text());
        for (Criterion criterion : challenge.rubric().criteria()) {
            var spans = new ArrayList<EvidenceSpan>();
            int found = 0;
            for (Evidence evidence : criterion.evidence()) {
                Optional<EvidenceSpan> span = evidence.paraphrases().stream()
                        .map(p -> find(text, p)).flatMap(Optional::stream).findFirst();
                span.ifPresent(spans::add);
                found += span.isPresent() ? 1 : 0;
            }
            double credit = Math.min(1.0, (double) found / criterion.minEvidence()) * guard;
            var outcome = credit >= 1 ? CriterionOutcome.MET : credit > 0 ? CriterionOutcome.PARTLY_MET : CriterionOutcome.MISSED;
            results.add(new CriterionResult(criterion.id(), outcome, credit, credit > 0 ? spans : List.of(),
                    credit >= 1 ? "" : criterion.description()));
            earned += credit * criterion.weight();
        }
        double score = earned / challenge.rubric().totalWeight();
        return Grade.ok(score, results, dimensions(challenge, results), List.of(), "", id(), version());
    }

    /** Each dimension's weighted credit of the criteria that name it. */
    static List<DimensionResult> dimensions(Challenge challenge, List<CriterionResult> results) {
        var out = new ArrayList<DimensionResult>();
        for (Dimension d : challenge.rubric().dimensions()) {
            double weight = 0;
            double earned = 0;
            for (int i = 0; i < results.size(); i++) {
                Criterion c = challenge.rubric().criteria().get(i);
                if (c.dimensionId().filter(d.id()::equals).isPresent()) {
                    weight += c.weight();
                    earned += c.weight() * results.get(i).credit();
                }
            }
            out.add(new DimensionResult(d.id(), weight == 0 ? 0 : earned / weight));
        }
        return out;
    }

    /** 0 for keyword soup and for an echo of the question, 1 otherwise. */
    static double guard(String text, String question) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return 1;
        }
        long function = words.stream().filter(FUNCTION_WORDS::contains).count();
        if (words.size() >= 6 && function < 0.1 * words.size()) {
            return 0;
        }
        Set<String> asked = new HashSet<>(words(question));
        long echoed = words.stream().filter(asked::contains).count();
        return echoed >= 0.7 * words.size() ? 0 : 1;
    }

    static List<String> words(String text) {
        var words = new ArrayList<String>();
        var word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
        }
        return words;
    }

    /** The first occurrence of a phrase on word boundaries, ignoring case, in the text's own offsets. */
    static Optional<EvidenceSpan> find(String text, String phrase) {
        for (int i = 0; i + phrase.length() <= text.length(); i++) {
            int end = i + phrase.length();
            if (text.regionMatches(true, i, phrase, 0, phrase.length())
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return Optional.of(new EvidenceSpan(i, end));
            }
        }
        return Optional.empty();
    }
}
