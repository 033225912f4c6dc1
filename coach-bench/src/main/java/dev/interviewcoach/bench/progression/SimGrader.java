package dev.interviewcoach.bench.progression;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.CriterionOutcome;
import dev.interviewcoach.api.CriterionResult;
import dev.interviewcoach.api.DimensionResult;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Grades the simulated learner's answers from their true skill, through a grader with its own
 * errors.
 *
 * <p>The expected score at skill {@code s} on rung {@code j} is {@code 0.1 + 0.85 σ(3 (s − j + 0.3))}
 * (about 0.7 at a rung just held, 0.2 a rung below it); a share of answers slip (scored U[0, 0.4])
 * or get lucky (U[0.6, 0.9]); normal noise is added. Criteria are met in a random order until their
 * weight reaches the score, so the grade names what was missed. A boss answer gets one score per
 * dimension, from the skills of the concepts it names at the challenge's rung.
 */
final class SimGrader implements Grader {
    /** How a grader errs. */
    record Profile(String name, double slip, double lucky, double noise, double shift) {
        static Profile standard() {
            return new Profile("standard", 0.08, 0.08, 0.1, 0);
        }

        static Profile harsh() {
            return new Profile("harsh", 0.25, 0.2, 0.2, 0);
        }

        Profile shifted(double by) {
            return new Profile(name, slip, lucky, noise, shift + by);
        }
    }

    private final Profile profile;
    private final Map<String, Integer> conceptIndex;
    private SimLearner learner;
    private long day;
    private SplittableRandom random;

    SimGrader(Profile profile, Map<String, Integer> conceptIndex) {
        this.profile = profile;
        this.conceptIndex = conceptIndex;
    }

    void answering(SimLearner who, long today, SplittableRandom stream) {
        this.learner = who;
        this.day = today;
        this.random = stream;
    }

    /**
     * Not deterministic: every grade draws on the learner's random stream, so the same answer graded
     * twice may score differently (and the coach must not read it twice hoping for a better draw).
     */
    @Override
    public java.util.Set<dev.interviewcoach.spi.GraderCapability> capabilities() {
        return java.util.EnumSet.of(dev.interviewcoach.spi.GraderCapability.USES_RUBRIC);
    }

    @Override
    public String id() {
        return "simulated";
    }

    @Override
    public String version() {
        return "1";
    }

    double score(int concept, int rung) {
        double s = learner.skill(concept, day);
        double mean = 0.1 + 0.85 / (1 + Math.exp(-3 * (s - rung + 0.3)));
        double u = random.nextDouble();
        double score;
        if (u < profile.slip()) {
            score = 0.4 * random.nextDouble();
        } else if (u < profile.slip() + profile.lucky()) {
            score = 0.6 + 0.3 * random.nextDouble();
        } else {
            score = mean + profile.shift() + profile.noise() * SimLearner.gaussian(random);
        }
        return Math.max(0, Math.min(1, score));
    }

    @Override
    public Grade grade(GradingRequest request) {
        Challenge ch = request.challenge();
        int rung = ch.level().rank();
        if (ch.isMultiDimensional()) {
            var dims = new ArrayList<DimensionResult>();
            double total = 0;
            double weights = 0;
            for (var d : ch.rubric().dimensions()) {
                double sum = 0;
                for (var c : d.conceptIds()) {
                    sum += score(conceptIndex.get(c), rung);
                }
                double s = sum / d.conceptIds().size();
                dims.add(new DimensionResult(d.id(), s));
                total += s * d.weight();
                weights += d.weight();
            }
            return Grade.ok(total / weights, List.of(), dims, List.of(), "", id(), version());
        }
        double score = score(conceptIndex.get(ch.conceptId()), rung);
        var criteria = new ArrayList<>(ch.rubric().criteria());
        java.util.Collections.shuffle(criteria, new java.util.Random(random.nextLong()));
        double budget = score * ch.rubric().totalWeight();
        var results = new ArrayList<CriterionResult>();
        for (var c : criteria) {
            var outcome = budget >= c.weight() ? CriterionOutcome.MET : budget > 0 ? CriterionOutcome.PARTLY_MET
                    : CriterionOutcome.MISSED;
            double credit = Math.max(0, Math.min(1, budget / c.weight()));
            budget -= c.weight();
            results.add(new CriterionResult(c.id(), outcome, credit, List.of(), ""));
        }
        return Grade.ok(score, results, List.of(), List.of(), "", id(), version());
    }
}
