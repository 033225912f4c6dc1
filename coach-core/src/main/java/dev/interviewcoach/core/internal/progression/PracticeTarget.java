package dev.interviewcoach.core.internal.progression;

import dev.interviewcoach.api.ChallengeLevel;

/**
 * One rung of one concept worth practising, and why (worded only for the target chosen).
 *
 * @param conceptId the concept
 * @param level the rung
 * @param kind why it is worth practising
 * @param name the concept's title, for the why
 * @param onOnePass whether the rung below it is held on one passing answer only
 */
record PracticeTarget(String conceptId, ChallengeLevel level, Kind kind, String name, boolean onOnePass) {
    private static final ChallengeLevel[] LEVELS = ChallengeLevel.values();

    /** Why a rung is worth practising. */
    enum Kind { FOCUS, FOCUS_UNCONFIRMED, FOCUS_CONCEPT, BOSS_WEAKEST, FRONTIER, BOSS_CONFIRM, BOSS_RECENT, CONSOLIDATE, CONSOLIDATE_OWN }

    /**
     * A target; {@code onOnePass} when the rung below it is held on one passing answer only (enough
     * to climb on, not yet solid), which its why then says, so a learner shown that rung as not
     * yet held knows why the coach goes on.
     */
    PracticeTarget(String conceptId, ChallengeLevel level, Kind kind, String name) {
        this(conceptId, level, kind, name, false);
    }

    /** Whether the learner chose this concept or topic to practise first. */
    boolean focus() {
        return kind == Kind.FOCUS || kind == Kind.FOCUS_CONCEPT || kind == Kind.FOCUS_UNCONFIRMED;
    }

    boolean consolidation() {
        return kind == Kind.CONSOLIDATE || kind == Kind.CONSOLIDATE_OWN;
    }

    /** The tier practice tries the target in: 0 the learner's way up, 1 consolidating, 2 a variant's own. */
    int tier() {
        return kind == Kind.CONSOLIDATE_OWN ? 2 : kind == Kind.CONSOLIDATE ? 1 : 0;
    }

    String why() {
        return reason() + (onOnePass && (kind == Kind.FRONTIER || kind == Kind.FOCUS || kind == Kind.FOCUS_CONCEPT
                || kind == Kind.FOCUS_UNCONFIRMED)
                ? " Your last answer at the rung below, " + LEVELS[level.ordinal() - 1].name() + ", passed: enough to go "
                        + "on, though its estimate is not yet firm, so the report counts it as held only once more "
                        + "passing answers there make it firm."
                : "");
    }

    private String reason() {
        return switch (kind) {
            case FOCUS -> "Your focus: " + name + " at " + level.name() + ", on the topics you chose.";
            case FOCUS_UNCONFIRMED -> "Your focus: " + name + " at " + level.name()
                    + ", where your own answers have not confirmed it yet.";
            case FOCUS_CONCEPT -> "Your focus: " + name + " at " + level.name() + ", with a question of it not asked recently.";
            case BOSS_WEAKEST -> "Your last boss answer was weakest on " + name + ": practise it at "
                    + level.name() + "; the boss question returns once it improves.";
            case FRONTIER -> "Next on " + name + ": " + level.name() + ". " + level.meaning();
            case BOSS_CONFIRM -> "Confirming " + name + " at " + level.name()
                    + ": the boss question needs every concept it covers confirmed by your own answers.";
            case BOSS_RECENT -> "Confirming " + name + " at " + level.name() + " again: you hold it, and the boss "
                    + "question asks for a passing answer there or above among your latest answers; yours is older.";
            case CONSOLIDATE -> "Consolidating " + name + " at " + level.name() + ": you hold it, but your own "
                    + "answers have not confirmed it yet (two or more putting its mastery at 85 % or above), and "
                    + "passing answers in practice confirm it.";
            case CONSOLIDATE_OWN -> "Consolidating " + name + " at " + level.name()
                    + " with a question this track adds to its base, one you have not been asked yet.";
        };
    }
}
