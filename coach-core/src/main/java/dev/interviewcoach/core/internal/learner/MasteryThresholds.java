package dev.interviewcoach.core.internal.learner;

/** When a mastery estimate makes a claim, and when a misconception clears: what the learner model uses and what explanations of it quote. */
public final class MasteryThresholds {
    /** Answers needed before an estimate makes a claim either way. */
    public static final int CONFIRMING_EVIDENCE = 2;
    /** The estimate from which a rung is mastered, once enough answers back it. */
    public static final double MASTERED_FROM = 0.85;
    /** The estimate below which a rung is not mastered, once enough answers back it. */
    public static final double NOT_MASTERED_BELOW = 0.3;

    /** Later answers on its topic, free of a misconception, that clear it. */
    public static final int CLEAN_ANSWERS_TO_RESOLVE = 2;

    private MasteryThresholds() {}
}
