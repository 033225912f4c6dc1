package dev.interviewcoach.graders.internal;

import dev.interviewcoach.api.CriterionOutcome;
import dev.interviewcoach.api.CriterionResult;
import dev.interviewcoach.api.DetectedMisconception;
import dev.interviewcoach.api.DimensionResult;
import dev.interviewcoach.api.EvidenceSpan;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.graders.EvidenceMatcher;
import dev.interviewcoach.spi.GraderCapability;
import dev.interviewcoach.spi.GradingRequest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The default grader. For each criterion it looks for the evidence the content declares, robust to
 * case, inflection (stemming), function words, word order within a short window and negation; it
 * detects the challenge's misconceptions; and it reports evidence spans and rubric feedback.
 *
 * <p>Three guards keep the score honest: evidence made only of the question's own words counts a
 * quarter (echoing the question does not pay); a list of terms with no sentence around them is
 * discounted (keyword soup does not pay); and a missed required criterion caps the score at
 * {@value #CAP}, while a detected misconception halves it and caps it there too, unless every place it
 * was found only floats it ({@link Frames#hedged}).
 */
public final class RubricGrader extends BuiltInGrader {
    static final String ID = "rubric";
    static final String VERSION = "1.0";
    static final double CAP = 0.5;
    /** What a detected misconception leaves of the score (then capped at {@value #CAP} as well). */
    static final double MISCONCEPTION_FACTOR = 0.5;
    /**
     * The discount factor ({@link Guards}) from which a criterion shows the outcome its evidence earned and
     * the score alone carries the discount; below it every criterion shows the discounted credit. At a
     * half, a rubric met in full still scores at least a half, so a ✓ on every criterion never stands
     * above a failing score.
     */
    static final double FORM_DISCOUNT_FROM = 0.5;
    /** Score (with the required criterion's share at nothing) at which a required criterion not found no longer caps. */
    static final double REQUIRED_OVERRIDE = 0.7;
    /**
     * Coverage of the rest of the rubric (every criterion but the required ones not found, by weight) at
     * which a required criterion not found no longer caps either: an answer that says nearly everything
     * else is far more likely to have put the required idea in other words than to lack it. Without it a
     * required criterion weighing a third of the rubric could never be overridden, however well the
     * rest was met.
     */
    static final double REST_OVERRIDE = 0.9;
    /** A required criterion with less credit than this counts as missed and caps the score. */
    static final double REQUIRED_CREDIT = 0.5;

    private final ChallengeCache<CompiledRubric> cache = new ChallengeCache<>(CompiledRubric::compile);
    private final List<EvidenceMatcher> matchers;

    /** Creates the grader. */
    public RubricGrader() {
        this(List.of());
    }

    /**
     * Creates the grader consulting extra evidence matchers beside its own word matching.
     *
     * @param matchers the matchers; the grader's id names them ({@code rubric+semantic})
     */
    public RubricGrader(List<EvidenceMatcher> matchers) {
        super(id(matchers), VERSION + matchers.stream().map(m -> "+" + m.id()).collect(Collectors.joining()),
                EnumSet.of(GraderCapability.DETERMINISTIC, GraderCapability.IN_PROCESS, GraderCapability.USES_RUBRIC,
                        GraderCapability.DIMENSIONS));
        this.matchers = List.copyOf(matchers);
    }

    private static String id(List<EvidenceMatcher> matchers) {
        return ID + matchers.stream().map(m -> "+" + m.id()).collect(Collectors.joining());
    }

    @Override
    Grade gradeOrThrow(GradingRequest request) {
        CompiledRubric rubric = cache.get(request.challenge());
        AnalyzedText answer = TextAnalyzer.analyze(request.answer().text(), rubric.options, rubric.alternatives, rubric.typos);
        // English prose is full of English grammar words; only an answer with few is read for another language
        var language = answer.functionWordRatio() >= Language.ENGLISH_PROSE ? java.util.Optional.<String>empty()
                : Language.foreign(request.answer().text());
        if (language.isPresent()) {
            return Grade.abstain(id(), version(), "This answer reads as " + language.get() + ". The rubric is "
                    + "matched in English, so it was not graded and counts for nothing either way; answers written in "
                    + "English are graded.");
        }
        var discount = Guards.discount(answer, rubric.questionStems, rubric.questionPairs, rubric.evidenceStems,
                rubric.copyGrams);
        double guard = discount.factor();

        var found = IdeaMatches.find(rubric, answer, matchers);
        var results = new ArrayList<CriterionResult>();
        var credits = new HashMap<String, Double>();
        boolean requiredMissed = false;
        for (int c = 0; c < rubric.criteria.size(); c++) {
            double sum = 0;
            var spans = new ArrayList<EvidenceSpan>();
            for (var idea : found.criteria[c]) {
                sum += idea.credit();
                if (idea.span() != null) {
                    spans.add(idea.span());
                }
            }
            var criterion = rubric.criteria.get(c).criterion();
            double earned = Math.min(1.0, sum / criterion.minEvidence());
            double credit = earned * guard;
            // A mild discount is about the answer's form (terse notes with thin grammar), not its ideas: the
            // criterion shows what its evidence earned, and the score carries the discount, named once in the
            // feedback. A heavy one (keyword soup, an echo) shows on every criterion it lowers, so that none
            // reads as met in an answer that earns little.
            double shown = guard >= FORM_DISCOUNT_FROM ? earned : credit;
            var outcome = shown >= 0.999 ? CriterionOutcome.MET
                    : shown > 0 ? CriterionOutcome.PARTLY_MET : CriterionOutcome.MISSED;
            if (criterion.required() && credit < REQUIRED_CREDIT) {
                requiredMissed = true;
            }
            credits.put(criterion.id(), credit);
            results.add(new CriterionResult(criterion.id(), outcome, shown, spans, Explain.criterion(criterion, outcome)));
        }
        var detected = new ArrayList<DetectedMisconception>();
        boolean asserted = false;
        for (int m = 0; m < rubric.misconceptions.size(); m++) {
            var spans = new ArrayList<EvidenceSpan>();
            for (var idea : found.misconceptions[m]) {
                if (idea.span() != null) {
                    spans.add(idea.span());
                }
            }
            if (!spans.isEmpty()) {
                var misconception = rubric.misconceptions.get(m).misconception();
                detected.add(new DetectedMisconception(misconception.id(), spans, misconception.correction()));
                asserted |= spans.stream().anyMatch(span -> !Frames.hedged(answer, span.start())
                        && !Frames.offeredWithAlternative(answer, span.end()));
            }
        }
        var dimensions = new ArrayList<DimensionResult>();
        double dimensionWeights = 0;
        double dimensionSum = 0;
        for (var d : rubric.challenge.rubric().dimensions()) {
            double ds = clamp(weighted(rubric.challenge.rubric().criteria(), credits, d.id()));
            dimensions.add(new DimensionResult(d.id(), ds));
            dimensionSum += d.weight() * ds;
            dimensionWeights += d.weight();
        }
        // With dimensions, each area weighs what its dimension says; without, each criterion its own weight.
        double score = dimensions.isEmpty() ? weighted(rubric.challenge.rubric().criteria(), credits, null)
                : dimensionSum / dimensionWeights;
        // A required criterion not found caps the score, unless the answer is good without it or the
        // rest of the rubric is so well met that the miss is far more likely other wording than a
        // missing idea.
        boolean capped = false;
        if (requiredMissed && score < REQUIRED_OVERRIDE
                && rest(rubric.challenge.rubric().criteria(), credits) < REST_OVERRIDE) {
            capped = score > CAP;
            score = Math.min(score, CAP);
        }
        // A confident wrong claim on the question's point is what an interviewer remembers: it halves
        // what the rest of the answer earned, and the answer never passes. One only floated ("maybe
        // raise the pool size a bit") is still corrected in the feedback and recorded, but costs nothing.
        if (asserted) {
            score = Math.min(score * MISCONCEPTION_FACTOR, CAP);
        }
        score = clamp(score);
        String discounted = discount.reason();
        return Grade.ok(score, results, dimensions, detected,
                Explain.overall(score, results, detected, capped, asserted, discounted),
                id(), version());
    }

    private static double weighted(List<dev.interviewcoach.api.Criterion> criteria, java.util.Map<String, Double> credits,
            String dimension) {
        double total = 0;
        double earned = 0;
        for (var c : criteria) {
            if (dimension != null && !c.dimensionId().map(dimension::equals).orElse(false)) {
                continue;
            }
            total += c.weight();
            earned += c.weight() * credits.get(c.id());
        }
        return total == 0 ? 0 : earned / total;
    }

    /** The weighted coverage of the criteria other than the required ones not found. */
    private static double rest(List<dev.interviewcoach.api.Criterion> criteria, java.util.Map<String, Double> credits) {
        double total = 0;
        double earned = 0;
        for (var c : criteria) {
            double credit = credits.get(c.id());
            if (c.required() && credit < REQUIRED_CREDIT) {
                continue;
            }
            total += c.weight();
            earned += c.weight() * credit;
        }
        return total == 0 ? 0 : earned / total;
    }

    private static double clamp(double x) {
        return Double.isNaN(x) ? 0 : Math.max(0, Math.min(1, x));
    }
}
