package dev.interviewcoach.core.internal.grading;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.CriterionOutcome;
import dev.interviewcoach.api.CriterionResult;
import dev.interviewcoach.api.DetectedMisconception;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.EvidenceSpan;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A simple rubric grader: a criterion's evidence idea is present when every word of one of its
 * paraphrases occurs in the answer, case-insensitively. Deterministic and linear in the answer.
 */
public final class PhraseRubricGrader implements Grader {
    private static final String ID = "phrase-rubric";
    private static final String VERSION = "1";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Grade grade(GradingRequest request) {
        Challenge challenge = request.challenge();
        String text = request.answer().text();
        // Lowercase per char so indexes stay those of the original text.
        String lower = lowerKeepingLength(text);
        double total = challenge.rubric().totalWeight();
        double earned = 0;
        var results = new ArrayList<CriterionResult>();
        for (Criterion c : challenge.rubric().criteria()) {
            var spans = new ArrayList<EvidenceSpan>();
            int found = 0;
            for (Evidence e : c.evidence()) {
                Optional<EvidenceSpan> span = find(lower, e);
                if (span.isPresent()) {
                    found++;
                    spans.add(span.get());
                }
            }
            double credit = Math.min(1.0, (double) found / c.minEvidence());
            var outcome = credit >= 1.0 ? CriterionOutcome.MET : found > 0 ? CriterionOutcome.PARTLY_MET : CriterionOutcome.MISSED;
            earned += credit * c.weight();
            String feedback = outcome == CriterionOutcome.MET ? "Covered: " + c.description()
                    : c.feedback().orElse("Missing: " + c.description());
            results.add(new CriterionResult(c.id(), outcome, credit, spans, feedback));
        }
        var detected = new ArrayList<DetectedMisconception>();
        for (var m : challenge.misconceptions()) {
            var spans = m.evidence().stream().map(e -> find(lower, e)).flatMap(Optional::stream).toList();
            if (!spans.isEmpty()) {
                detected.add(new DetectedMisconception(m.id(), spans, m.correction()));
            }
        }
        double score = total == 0 ? 0 : Math.max(0, Math.min(1, earned / total));
        return Grade.ok(score, results, List.of(), detected, "", ID, VERSION);
    }

    private static String lowerKeepingLength(String text) {
        var chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /** Finds the first paraphrase all of whose words occur; the span covers the first word found. */
    private static Optional<EvidenceSpan> find(String lowerAnswer, Evidence evidence) {
        for (String phrase : evidence.paraphrases()) {
            String[] words = phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
            int first = -1;
            boolean all = true;
            for (String w : words) {
                if (w.isEmpty()) {
                    continue;
                }
                int at = lowerAnswer.indexOf(w);
                if (at < 0) {
                    all = false;
                    break;
                }
                if (first < 0) {
                    first = at;
                }
            }
            if (all && first >= 0) {
                String firstWord = java.util.Arrays.stream(words).filter(w -> !w.isEmpty()).findFirst().orElse("");
                return Optional.of(new EvidenceSpan(first, first + firstWord.length()));
            }
        }
        return Optional.empty();
    }
}
