package dev.interviewcoach.graders.internal;

import dev.interviewcoach.api.CriterionOutcome;
import dev.interviewcoach.api.CriterionResult;
import dev.interviewcoach.api.EvidenceSpan;
import dev.interviewcoach.api.Grade;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Turns the reference grader's matches into a grade: one result per idea (sentence or clause) of the
 * reference, with the spans of the answer words that matched it, and feedback naming what was missed.
 */
final class ReferenceExplain {
    private ReferenceExplain() {}

    static Grade grade(CompiledReference ref, AnalyzedText answer, ReferenceFeatures.Result result, double score) {
        int[] tokens = result.tokens();
        var results = new ArrayList<CriterionResult>();
        int used = 0;
        int key = 0;
        for (int i = 0; i < ref.stems.length; i++) {
            if (!ref.questionStems.contains(ref.stems[i])) {
                key++;
                if (tokens[i] >= 0) {
                    used++;
                }
            }
        }
        for (int k = 0; k < ref.ideas.size(); k++) {
            var idea = ref.ideas.get(k);
            double all = 0;
            double got = 0;
            var spans = new ArrayList<EvidenceSpan>();
            var missing = new StringJoiner(", ");
            for (int i : idea.words()) {
                all += ref.weights[i];
                if (tokens[i] >= 0) {
                    got += ref.weights[i];
                    spans.add(answer.wholeWords(answer.starts[tokens[i]], answer.ends[tokens[i]]));
                } else if (!ref.questionStems.contains(ref.stems[i])) {
                    missing.add(ref.surfaces[i]);
                }
            }
            double credit = all > 0 ? Math.max(0, Math.min(1, got / all)) : 0;
            var outcome = credit >= 0.999 ? CriterionOutcome.MET
                    : credit > 0 ? CriterionOutcome.PARTLY_MET : CriterionOutcome.MISSED;
            spans.sort(Comparator.comparingInt(EvidenceSpan::start));
            results.add(new CriterionResult("reference-idea-" + (k + 1), outcome, credit, spans,
                    feedback(idea.text(), outcome, missing.toString())));
        }
        var sb = new StringBuilder(String.format(Locale.ROOT,
                "Used %d of %d key words of the reference answer (score %.2f).", used, key, score));
        results.stream().filter(r -> r.outcome() != CriterionOutcome.MET).forEach(r -> sb.append('\n').append(r.feedback()));
        return Grade.ok(score, results, List.of(), List.of(), sb.toString(), ReferenceGrader.ID, ReferenceGrader.VERSION);
    }

    private static String feedback(String idea, CriterionOutcome outcome, String missingWords) {
        return switch (outcome) {
            case MET -> "Covered: " + idea;
            case PARTLY_MET -> "Partly covered: " + idea + (missingWords.isEmpty() ? "" : " (missing: " + missingWords + ")");
            case MISSED -> "Missing: " + idea;
        };
    }
}
