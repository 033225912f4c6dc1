package dev.interviewcoach.core.internal.diagnosis;

import java.util.Optional;

/**
 * Adaptive placement in the manner of computerized adaptive testing: ask the question expected to
 * remove the most placement error (with its information about the placement breaking ties) about a
 * placement still in doubt, update the posterior after each graded answer, stop on a
 * concept once its placement is confident and stop overall at the budget.
 *
 * <p>Thread-safe: the grids are immutable and each run keeps its own {@link AbilityPosterior}.
 */
public final class Diagnosis {
    /** A question to ask: one rung of one concept. */
    public record Cell(int concept, int rung) {}

    /** Which cells still have a challenge to ask. */
    @FunctionalInterface
    public interface Availability {
        /**
         * Whether a cell can be asked now.
         *
         * @param concept the concept's index
         * @param rung the rung, 1 to 5
         * @return true when a challenge is available
         */
        boolean available(int concept, int rung);

        /**
         * Every cell, always.
         *
         * @return the availability
         */
        static Availability all() {
            return (concept, rung) -> true;
        }
    }

    /**
     * When to stop.
     *
     * @param budget the most questions to ask
     * @param confidence the placement probability at which a concept is settled
     * @param minimumInformation below this value ({@link Information#value}) a question is not worth asking
     */
    public record Policy(int budget, double confidence, double minimumInformation) {
        /** Validates the components. */
        public Policy {
            if (budget < 0 || !(confidence > 0 && confidence <= 1) || minimumInformation < 0) {
                throw new IllegalArgumentException("invalid policy");
            }
        }

        /**
         * The coach's policy: at most 20 questions, settle a concept at 85 % confidence.
         *
         * @return the standard policy
         */
        public static Policy standard() {
            return new Policy(20, 0.85, 0.005);
        }

        /**
         * The same policy with another budget.
         *
         * @param questions the budget
         * @return the copy
         */
        public Policy withBudget(int questions) {
            return new Policy(questions, confidence, minimumInformation);
        }
    }

    /** Nats of placement uncertainty a typical question removes. */
    static final double TYPICAL_INFORMATION = 0.2;
    /** Nats of placement uncertainty left on a settled concept. */
    static final double SETTLED_ENTROPY = 0.6;

    private final AbilityGrid grid;
    private final Policy policy;

    /**
     * A diagnosis.
     *
     * @param model the placement model
     * @param policy when to stop
     */
    public Diagnosis(DiagnosisModel model, Policy policy) {
        this.grid = new AbilityGrid(model);
        this.policy = policy;
    }

    /**
     * The policy.
     *
     * @return the policy
     */
    public Policy policy() {
        return policy;
    }

    /**
     * A fresh posterior: the prior of a learner nobody has asked anything yet.
     *
     * @param concepts the number of concepts
     * @return the posterior
     */
    public AbilityPosterior start(int concepts) {
        return new AbilityPosterior(grid, concepts);
    }

    /**
     * Whether a concept's placement is confident enough to stop asking about it.
     *
     * @param posterior the posterior
     * @param concept the concept's index
     * @return true when settled
     */
    public boolean settled(AbilityPosterior posterior, int concept) {
        return posterior.confidence(concept) >= policy.confidence();
    }

    /**
     * A rough estimate of the questions still to come: the placement entropy each unsettled
     * concept must still lose, over what a typical question removes, within the budget. Measured
     * in simulation, a question removes about {@value #TYPICAL_INFORMATION} nats and a concept is
     * settled near {@value #SETTLED_ENTROPY} nats.
     *
     * @param posterior the posterior
     * @param asked how many questions were asked
     * @param availability which cells can be asked
     * @return the estimate, 0 when nothing is left to ask
     */
    public int estimateLeft(AbilityPosterior posterior, int asked, Availability availability) {
        int left = 0;
        for (int c = 0; c < posterior.concepts(); c++) {
            if (settled(posterior, c) || !anyAvailable(c, availability)) {
                continue;
            }
            double entropy = 0;
            for (double p : posterior.levelProbabilities(c)) {
                entropy -= p > 0 ? p * Math.log(p) : 0;
            }
            left += (int) Math.max(1, Math.ceil((entropy - SETTLED_ENTROPY) / TYPICAL_INFORMATION));
        }
        return Math.min(left, Math.max(0, policy.budget() - asked));
    }

    private static boolean anyAvailable(int concept, Availability availability) {
        for (int rung = 1; rung <= DiagnosisModel.RUNGS; rung++) {
            if (availability.available(concept, rung)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The most valuable question about a concept not yet settled, or empty when the diagnosis is
     * over: the budget is spent, every concept is settled, or no question is worth asking.
     *
     * @param posterior the posterior after the answers so far
     * @param asked how many questions were asked
     * @param availability which cells can be asked
     * @return the next question, or empty
     */
    public Optional<Cell> next(AbilityPosterior posterior, int asked, Availability availability) {
        if (asked >= policy.budget()) {
            return Optional.empty();
        }
        Cell best = null;
        double bestInfo = policy.minimumInformation();
        for (int c = 0; c < posterior.concepts(); c++) {
            if (settled(posterior, c)) {
                continue;
            }
            for (int rung = 1; rung <= DiagnosisModel.RUNGS; rung++) {
                if (!availability.available(c, rung)) {
                    continue;
                }
                double info = Information.value(posterior, c, rung);
                if (info > bestInfo) {
                    bestInfo = info;
                    best = new Cell(c, rung);
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
