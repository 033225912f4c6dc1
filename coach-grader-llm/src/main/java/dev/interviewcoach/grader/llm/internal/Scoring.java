package dev.interviewcoach.grader.llm.internal;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.CriterionOutcome;
import dev.interviewcoach.api.CriterionResult;
import dev.interviewcoach.api.DetectedMisconception;
import dev.interviewcoach.api.DimensionResult;
import dev.interviewcoach.api.EvidenceSpan;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.grader.llm.internal.ModelVerdict.CriterionClaim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the model's claims into a grade by our rules, not the model's: a claim stands only with a
 * quote found in the answer (outside text addressed to the grader) that speaks of the question, not
 * of the grading ({@link GradingQuotes}); the score is the rubric's weighted
 * share of criteria met (a partly met criterion earns half), by dimension where the rubric has them;
 * a required criterion missed caps it at {@value #CAP} and a misconception shown halves it and caps it
 * there, as in the rubric grader; the model's report that the answer addresses the grader caps it too.
 */
final class Scoring {
    static final double CAP = 0.5;
    static final double PARTLY_CREDIT = 0.5;
    /** What a misconception shown leaves of the score, as in the rubric grader. */
    static final double MISCONCEPTION_FACTOR = 0.5;

    private Scoring() {}

    /** A grade and what was noted while making it. */
    record Scored(Grade grade, List<String> notes) {}

    static Scored score(Challenge challenge, String answer, ModelVerdict verdict, List<EvidenceSpan> flagged,
            String graderId, String graderVersion) {
        var locator = new QuoteLocator(answer);
        var gradingTalk = GradingQuotes.of(challenge);
        var notes = new ArrayList<String>();
        var results = new ArrayList<CriterionResult>();
        Map<String, Double> credits = new HashMap<>();
        boolean requiredMissed = false;
        var dropped = new ArrayList<String>();
        var talked = new ArrayList<String>();
        int claimed = 0;
        for (Criterion c : challenge.rubric().criteria()) {
            CriterionClaim claim = verdict.criteria().stream().filter(x -> x.criterionId().equals(c.id())).findFirst()
                    .orElseThrow();
            var quotes = claim.quotes().stream().filter(q -> !gradingTalk.speaksOfGrading(q)).toList();
            var spans = locate(locator, quotes, flagged);
            CriterionOutcome outcome = claim.outcome();
            claimed += outcome != CriterionOutcome.MISSED ? 1 : 0;
            if (outcome != CriterionOutcome.MISSED && quotes.size() < claim.quotes().size()) {
                talked.add(c.id());
            }
            if (outcome != CriterionOutcome.MISSED && spans.isEmpty()) {
                dropped.add(c.id());
                outcome = CriterionOutcome.MISSED;
            }
            double credit = switch (outcome) {
                case MET -> 1.0;
                case PARTLY_MET -> PARTLY_CREDIT;
                case MISSED -> 0.0;
            };
            if (c.required() && credit < PARTLY_CREDIT) {
                requiredMissed = true;
            }
            credits.put(c.id(), credit);
            results.add(new CriterionResult(c.id(), outcome, credit, outcome == CriterionOutcome.MISSED ? List.of() : spans,
                    feedback(c, outcome, claim.note())));
        }
        // a reply that credits the answer only with words it does not contain read another text, or made
        // its quotes up: it cannot be checked, so it is no grade at all (the coach's fallback grades)
        // rather than a 0 that would count against the learner
        if (claimed > 0 && dropped.size() == claimed) {
            throw new LlmFailure("the model credited " + claimed + (claimed == 1 ? " criterion" : " criteria")
                    + " with quotes none of which is in the answer" + (talked.isEmpty() ? "" : " (a quote that speaks of the "
                    + "grading does not count)") + ", so its reply cannot be checked");
        }
        if (!talked.isEmpty()) {
            notes.add("quotes that speak of the grading, not of the question, are no evidence: " + String.join(", ", talked));
        }
        var unfound = dropped.stream().filter(id -> !talked.contains(id)).toList();
        if (!unfound.isEmpty()) {
            notes.add("claims without a quote found in the answer were dropped: " + String.join(", ", unfound));
        }
        var detected = new ArrayList<DetectedMisconception>();
        for (var claim : verdict.misconceptions()) {
            var misconception = challenge.misconception(claim.misconceptionId()).orElseThrow();
            var spans = locate(locator, claim.quotes(), flagged);
            if (spans.isEmpty()) {
                notes.add("misconception " + misconception.id() + " claimed without a quote found in the answer; dropped");
            } else if (detected.stream().noneMatch(d -> d.misconceptionId().equals(misconception.id()))) {
                detected.add(new DetectedMisconception(misconception.id(), spans, misconception.correction()));
            }
        }
        var dimensions = new ArrayList<DimensionResult>();
        double dimensionSum = 0;
        double dimensionWeights = 0;
        for (var d : challenge.rubric().dimensions()) {
            double ds = weighted(challenge.rubric().criteria(), credits, Optional.of(d.id()));
            dimensions.add(new DimensionResult(d.id(), ds));
            dimensionSum += d.weight() * ds;
            dimensionWeights += d.weight();
        }
        double score = dimensions.isEmpty() ? weighted(challenge.rubric().criteria(), credits, Optional.empty())
                : dimensionSum / dimensionWeights;
        if (requiredMissed) {
            score = Math.min(score, CAP);
        }
        if (!detected.isEmpty()) {
            score = Math.min(score * MISCONCEPTION_FACTOR, CAP);
        }
        // Text addressed to the grader that the local check missed but the model saw: we cannot tell
        // what it would have earned without it, so it may not earn more than the cap.
        if (verdict.addressesGrader()) {
            score = Math.min(score, CAP);
            notes.add("the model reports text addressed to the grader; the score is capped at " + CAP);
        }
        score = Math.max(0, Math.min(1, score));
        String feedback = verdict.feedback().isBlank() ? summary(results) : verdict.feedback();
        return new Scored(Grade.ok(score, results, dimensions, detected, feedback, graderId, graderVersion), notes);
    }

    /** The grade of an answer with nothing to send: every criterion missed, score 0. */
    static Grade empty(Challenge challenge, String graderId, String graderVersion) {
        var results = challenge.rubric().criteria().stream()
                .map(c -> new CriterionResult(c.id(), CriterionOutcome.MISSED, 0, List.of(), feedback(c, CriterionOutcome.MISSED, "")))
                .toList();
        var dimensions = challenge.rubric().dimensions().stream().map(d -> new DimensionResult(d.id(), 0)).toList();
        return Grade.ok(0, results, dimensions, List.of(), "The answer says nothing to grade.", graderId, graderVersion);
    }

    private static List<EvidenceSpan> locate(QuoteLocator locator, List<String> quotes, List<EvidenceSpan> flagged) {
        var spans = new ArrayList<EvidenceSpan>();
        for (String q : quotes) {
            locator.locate(q, flagged).filter(s -> !spans.contains(s)).ifPresent(spans::add);
        }
        return spans;
    }

    private static String feedback(Criterion c, CriterionOutcome outcome, String note) {
        if (outcome == CriterionOutcome.MET) {
            return note;
        }
        String ours = c.feedback().orElse((outcome == CriterionOutcome.MISSED ? "Missing: " : "Only partly: ")
                + c.description().strip());
        return note.isBlank() ? ours : ours + " " + note;
    }

    private static String summary(List<CriterionResult> results) {
        var met = results.stream().filter(r -> r.outcome() == CriterionOutcome.MET).map(CriterionResult::criterionId).toList();
        var rest = results.stream().filter(r -> r.outcome() != CriterionOutcome.MET).map(CriterionResult::criterionId).toList();
        return (met.isEmpty() ? "" : "Shown: " + String.join(", ", met) + ". ")
                + (rest.isEmpty() ? "" : "Missing or partial: " + String.join(", ", rest) + ".");
    }

    private static double weighted(List<Criterion> criteria, Map<String, Double> credits, Optional<String> dimension) {
        double total = 0;
        double earned = 0;
        for (var c : criteria) {
            if (dimension.isPresent() && !c.dimensionId().equals(dimension)) {
                continue;
            }
            total += c.weight();
            earned += c.weight() * credits.get(c.id());
        }
        return total == 0 ? 0 : Math.max(0, Math.min(1, earned / total));
    }
}
