package dev.interviewcoach.core.internal.progression;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.StepReason;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the recent attempts say that the learner state does not: what was asked when, runs of
 * failures and reviews, the last boss answer. Follow-ups count as asking the challenge they came from.
 */
final class History {
    private final List<Attempt> attempts;
    private final Predicate<Grade> passes;
    /**
     * Where each challenge (its original, for a follow-up) was last asked, by id, since progression
     * asks often: an open-addressing table of the attempts' ids, each read up to the follow-up mark
     * without cutting a string.
     */
    private final String[] askedIds;
    private final int[] baseLengths;
    private final int[] baseHashes;
    private final int[] lastAskedAt;
    /** Per slot: the last scored attempt whose id is that very id (not a follow-up's), -1 for none. */
    private final int[] lastScoredAt;
    /** Per concept, per rung: the last scored whole question (see {@link #lastQuestionPassed}), -1 for none. */
    private final Map<String, int[]> lastWholeAt = new HashMap<>();
    /** Where answers from before the recent attempts are looked up, and what was found (at most once per id). */
    private final EarlierAttempts earlier;
    private final Map<String, Optional<Attempt>> foundEarlier = new HashMap<>(4);
    private final Map<String, Optional<Instant>> askedEarlier = new HashMap<>(8);
    /** Per concept, the misses since its last pass within {@link #missesWindow} attempts; made on first use. */
    private Map<String, Integer> missesFor;
    private int missesWindow;
    /** Per concept, the index of its last attempt; made on first use. */
    private Map<String, Integer> lastOnConcept;

    /**
     * History that is the learner's whole history on the track.
     *
     * @param attempts the attempts on the track, oldest first
     * @param passes whether a grade passes
     */
    History(List<Attempt> attempts, Predicate<Grade> passes) {
        this(attempts, passes, EarlierAttempts.none());
    }

    /**
     * @param attempts the recent attempts on the track, oldest first
     * @param passes whether a grade passes
     * @param earlier where a challenge's last graded answer before these attempts is found
     */
    History(List<Attempt> attempts, Predicate<Grade> passes, EarlierAttempts earlier) {
        this.attempts = List.copyOf(attempts);
        this.passes = passes;
        this.earlier = earlier;
        int capacity = Integer.highestOneBit(Math.max(4, this.attempts.size()) * 2 - 1) << 1;
        this.askedIds = new String[capacity];
        this.baseLengths = new int[capacity];
        this.baseHashes = new int[capacity];
        this.lastAskedAt = new int[capacity];
        this.lastScoredAt = new int[capacity];
        String concept = null;
        int[] rungs = null;
        for (int i = 0; i < this.attempts.size(); i++) {
            var a = this.attempts.get(i);
            String id = a.challengeId();
            int mark = id.indexOf(FollowUps.MARK);
            int length = mark < 0 ? id.length() : mark;
            int hash = mark < 0 ? id.hashCode() : prefixHash(id, length);
            int slot = slot(id, length, hash);
            if (askedIds[slot] == null) {
                lastScoredAt[slot] = -1;
            }
            askedIds[slot] = id;
            baseLengths[slot] = length;
            baseHashes[slot] = hash;
            lastAskedAt[slot] = i;
            boolean scored = a.grade().isScored();
            if (scored && mark < 0) {
                lastScoredAt[slot] = i;
            }
            if (scored && a.reason() != StepReason.DIAGNOSTIC && a.reason() != StepReason.FOLLOW_UP
                    && a.reason() != StepReason.BOSS) {
                if (a.conceptId() != concept) { // runs of answers on one concept are common
                    concept = a.conceptId();
                    rungs = lastWholeAt.get(concept);
                    if (rungs == null) {
                        rungs = new int[ChallengeLevel.values().length];
                        java.util.Arrays.fill(rungs, -1);
                        lastWholeAt.put(concept, rungs);
                    }
                }
                rungs[a.level().ordinal()] = i;
            }
        }
    }

    /** {@link String#hashCode} of the id's first {@code length} characters. */
    private static int prefixHash(String id, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + id.charAt(i);
        }
        return h;
    }

    /** The slot of the base id {@code id[0, length)}, or the empty slot where it would go. */
    private int slot(String id, int length, int hash) {
        int mask = askedIds.length - 1;
        int h = hash ^ (hash >>> 16);
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            String at = askedIds[slot];
            if (at == null || baseHashes[slot] == hash && baseLengths[slot] == length
                    && (at == id || at.regionMatches(0, id, 0, length))) {
                return slot;
            }
        }
    }

    boolean passed(Attempt attempt) {
        return attempt.grade().isScored() && passes.test(attempt.grade());
    }

    boolean failed(Attempt attempt) {
        return attempt.grade().isScored() && !passes.test(attempt.grade());
    }

    /** The most recent attempt, scored or not. */
    Optional<Attempt> last() {
        return attempts.isEmpty() ? Optional.empty() : Optional.of(attempts.get(attempts.size() - 1));
    }

    /** The last attempt with a score, if any. */
    Optional<Attempt> lastScored() {
        for (int i = attempts.size() - 1; i >= 0; i--) {
            if (attempts.get(i).grade().isScored()) {
                return Optional.of(attempts.get(i));
            }
        }
        return Optional.empty();
    }

    /** The id (its original's, for a follow-up) of the challenge asked last, if any. */
    Optional<String> lastAsked() {
        return attempts.isEmpty() ? Optional.empty()
                : Optional.of(FollowUps.baseId(attempts.get(attempts.size() - 1).challengeId()));
    }

    /**
     * How many attempts ago a challenge was last asked.
     *
     * @return 1 for the last attempt, and so on; -1 when not among the recent attempts
     */
    int stepsSince(String challengeId) {
        int slot = slot(challengeId, challengeId.length(), challengeId.hashCode());
        return askedIds[slot] == null ? -1 : attempts.size() - lastAskedAt[slot];
    }

    /**
     * Whether a challenge was never asked: not among the recent attempts, nor (looked up once) before
     * them.
     */
    boolean neverAsked(String challengeId) {
        return stepsSince(challengeId) < 0 && askedBefore(challengeId).isEmpty();
    }

    /** When a challenge not among the recent attempts was last asked before them, if it was. */
    Optional<Instant> askedBefore(String challengeId) {
        var found = askedEarlier.get(challengeId);
        if (found == null) {
            found = earlier.lastAsked(challengeId);
            askedEarlier.put(challengeId, found);
        }
        return found;
    }

    /**
     * The failures in a row at one concept × rung, counted back from the last scored answer outside
     * the diagnosis; ungraded answers are skipped, an answer elsewhere or a pass ends the run.
     */
    int failuresInARow(String conceptId, ChallengeLevel level) {
        int run = 0;
        for (int i = attempts.size() - 1; i >= 0; i--) {
            var a = attempts.get(i);
            if (!a.grade().isScored()) {
                continue;
            }
            if (a.reason() == StepReason.DIAGNOSTIC || !a.conceptId().equals(conceptId) || a.level() != level
                    || !failed(a)) {
                return run;
            }
            run++;
        }
        return run;
    }

    /**
     * Whether the latest graded answer at one concept × rung, of any kind (a diagnostic one too), failed;
     * false when the recent attempts hold none there.
     */
    boolean lastAnswerFailed(String conceptId, ChallengeLevel level) {
        for (int i = attempts.size() - 1; i >= 0; i--) {
            var a = attempts.get(i);
            if (a.grade().isScored() && a.conceptId().equals(conceptId) && a.level() == level) {
                return failed(a);
            }
        }
        return false;
    }

    /**
     * Whether the last graded answer to a whole question (not a follow-up, not diagnostic) at one
     * concept × rung passed.
     */
    boolean lastQuestionPassed(String conceptId, ChallengeLevel level) {
        var rungs = lastWholeAt.get(conceptId);
        int at = rungs == null ? -1 : rungs[level.ordinal()];
        return at >= 0 && passed(attempts.get(at));
    }

    /**
     * Whether a concept's recent answers back a rung for the boss: among the last {@code within}
     * attempts there is a graded whole question (not diagnostic, not a follow-up, not the boss) on the
     * concept at the rung or above, and neither of the last two such questions (among all the recent
     * attempts) failed.
     */
    boolean recentPassAtOrAbove(String conceptId, ChallengeLevel level, int within) {
        int seen = 0;
        for (int i = attempts.size() - 1; i >= 0 && seen < 2; i--) {
            var a = attempts.get(i);
            if (a.grade().isScored() && a.reason() != StepReason.DIAGNOSTIC && a.reason() != StepReason.FOLLOW_UP
                    && a.reason() != StepReason.BOSS && a.conceptId().equals(conceptId) && a.level().compareTo(level) >= 0) {
                if (failed(a) || seen == 0 && attempts.size() - i > within) {
                    return false;
                }
                seen++;
            }
        }
        return seen > 0;
    }

    /**
     * The last two whole questions on a concept at a rung or above that {@link #recentPassAtOrAbove}
     * reads (graded, outside the diagnosis, follow-ups and boss answers), the latest first.
     */
    List<Attempt> lastTwoAtOrAbove(String conceptId, ChallengeLevel level) {
        var out = new java.util.ArrayList<Attempt>(2);
        for (int i = attempts.size() - 1; i >= 0 && out.size() < 2; i--) {
            var a = attempts.get(i);
            if (a.grade().isScored() && a.reason() != StepReason.DIAGNOSTIC && a.reason() != StepReason.FOLLOW_UP
                    && a.reason() != StepReason.BOSS && a.conceptId().equals(conceptId) && a.level().compareTo(level) >= 0) {
                out.add(a);
            }
        }
        return out;
    }

    /** The latest {@code n} attempts (fewer when there are fewer), oldest first. */
    List<Attempt> latest(int n) {
        return attempts.subList(Math.max(0, attempts.size() - n), attempts.size());
    }

    /** How many attempts ago one of the recent attempts was made: 1 for the last; -1 when not among them. */
    int attemptsAgo(Attempt attempt) {
        int at = attempts.lastIndexOf(attempt);
        return at < 0 ? -1 : attempts.size() - at;
    }

    /**
     * Whether a concept is parked: among the last {@code window} attempts, at least {@code misses}
     * graded answers on it (outside the diagnosis) failed, with no passing one after them. A learner
     * stuck on one concept is given others (and their reviews) for a while instead of the same rung
     * again and again; the concept comes back as those misses fall out of the window. Worked out for
     * every concept in one pass, once per window.
     */
    boolean parked(String conceptId, int misses, int window) {
        if (missesFor == null || missesWindow != window) {
            missesFor = new HashMap<>();
            missesWindow = window;
            var closed = new java.util.HashSet<String>();
            for (int i = attempts.size() - 1; i >= 0 && attempts.size() - i <= window; i--) {
                var a = attempts.get(i);
                if (!a.grade().isScored() || a.reason() == StepReason.DIAGNOSTIC || closed.contains(a.conceptId())) {
                    continue;
                }
                if (failed(a)) {
                    missesFor.merge(a.conceptId(), 1, Integer::sum);
                } else {
                    closed.add(a.conceptId()); // the misses that count are those since the last pass
                }
            }
        }
        return missesFor.getOrDefault(conceptId, 0) >= misses;
    }

    /** How many attempts ago a concept was last worked on: 1 for the last attempt; the history's size + 1 when never. */
    int stepsSinceConcept(String conceptId) {
        if (lastOnConcept == null) {
            lastOnConcept = new HashMap<>();
            for (int i = attempts.size() - 1; i >= 0; i--) {
                lastOnConcept.putIfAbsent(attempts.get(i).conceptId(), i);
            }
        }
        Integer at = lastOnConcept.get(conceptId);
        return at == null ? attempts.size() + 1 : attempts.size() - at;
    }

    /**
     * The answers to one (boss) challenge among the recent attempts that failed in a row, counted
     * back from its last graded answer; 0 when that passed or there is none.
     */
    int failedInARow(String challengeId) {
        int run = 0;
        for (int i = attempts.size() - 1; i >= 0; i--) {
            var a = attempts.get(i);
            if (!a.challengeId().equals(challengeId) || !a.grade().isScored()) {
                continue;
            }
            if (!failed(a)) {
                return run;
            }
            run++;
        }
        return run;
    }

    /** The review steps at the end of the history, in a row. */
    int reviewsInARow() {
        int run = 0;
        for (int i = attempts.size() - 1; i >= 0 && attempts.get(i).reason() == StepReason.REVIEW; i--) {
            run++;
        }
        return run;
    }

    /**
     * The last scored answer to one (boss) challenge: among the recent attempts, else, when none there
     * has a score, the last one before them (looked up once).
     */
    Optional<Attempt> lastOn(String challengeId) {
        if (!FollowUps.isFollowUp(challengeId)) {
            int slot = slot(challengeId, challengeId.length(), challengeId.hashCode());
            int at = askedIds[slot] == null ? -1 : lastScoredAt[slot];
            if (at >= 0) {
                return Optional.of(attempts.get(at));
            }
            var found = foundEarlier.get(challengeId);
            if (found == null) {
                found = earlier.lastScored(challengeId).filter(a -> a.grade().isScored());
                foundEarlier.put(challengeId, found);
            }
            return found;
        }
        for (int i = attempts.size() - 1; i >= 0; i--) {
            var a = attempts.get(i);
            if (a.challengeId().equals(challengeId) && a.grade().isScored()) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * The recent attempts after one of them; all of them after an attempt found before them (see
     * {@link #lastOn}), and none after an attempt that is neither.
     */
    List<Attempt> after(Attempt attempt) {
        int at = attempts.indexOf(attempt);
        if (at < 0) {
            return foundEarlier.containsValue(Optional.of(attempt)) ? attempts : List.of();
        }
        return attempts.subList(at + 1, attempts.size());
    }
}
