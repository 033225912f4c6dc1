package dev.interviewcoach.core.internal.progression;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Concept;
import dev.interviewcoach.api.StepReason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Practice: which concept and rung to work on, and which challenge there.
 *
 * <p>Concepts come in this order, after any the learner is stuck on ({@link #parked}): the one the last
 * boss answer was weakest on while the boss waits on it; the learner's focus; a concept left alone for
 * {@link #NEGLECTED_PER_CONCEPT} attempts per concept of the track, the one left longest first; then,
 * when the interview is near, the weakest first, otherwise the lowest frontier first
 * in the track's order. Each concept offers targets: on the learner's focus (the concept itself, or a
 * topic), the rung nearest its frontier with a question in focus not asked yet; its frontier (the
 * lowest rung not held), the boss rung to confirm when a boss question covers it, and rungs below the
 * frontier held without confirmation, to consolidate (not those below a rung the learner's answers
 * confirm, where answers at DESIGN show the definitions too, unless the latest answer on one failed). The boss rung is the goal: while any concept has
 * work at or below it (its frontier, or the boss rung to confirm), no concept climbs past it — that
 * work's questions come back (the one asked longest ago) before a frontier above the boss rung is
 * practised. Otherwise challenges not yet asked are used first everywhere — another concept's frontier
 * before consolidating, and consolidating before any challenge comes back.
 *
 * <p>On a variant, the questions it adds to its base (or its own wording of a base question) come first
 * of a rung's questions not asked yet ({@link TrackIndex#challenges}). A rung the learner holds is not
 * worked on again for them, except as consolidation: a held rung with such a question not asked yet is
 * consolidated with it even when the rung is confirmed, after every other consolidation. So a company's
 * questions on rungs a learner has confirmed are asked only once no frontier, and no rung held without
 * confirmation, has a question left that the learner has not been asked; before any question comes
 * back, and before the track counts as complete. They never come back as old questions do.
 */
final class Practice {
    private static final ChallengeLevel[] LEVELS = ChallengeLevel.values();

    /** Misses on one concept, with no pass after them, that park it ({@link History#parked}). */
    static final int PARK_MISSES = 6;
    /** The latest attempts those misses are counted in: the concept comes back as they leave it. */
    static final int PARK_WINDOW = 12;

    /**
     * Attempts per concept of the track after which a concept not worked on comes back first: with eight
     * concepts, one left alone for 24 attempts. Practice otherwise works on the weakest or lowest concept
     * until it climbs, and a candidate strong elsewhere would not see those concepts for weeks while their
     * holds go stale. Two per concept (16 attempts) cost {@code progression-sim} more attempts to
     * boss-ready (ratio 0.633 against 0.627) for the same coverage in practice.
     */
    static final int NEGLECTED_PER_CONCEPT = 3;

    private Practice() {}

    /**
     * Whether a learner stuck on a concept is given a break from it: {@value #PARK_MISSES} misses on
     * it among the last {@value #PARK_WINDOW} attempts and no pass since. Recoveries and follow-ups
     * stop there and practice takes the other concepts first, so a learner who cannot pass a rung yet is
     * not asked its questions round and round while reviews and other concepts wait.
     */
    static boolean parked(History history, String conceptId) {
        return history.parked(conceptId, PARK_MISSES, PARK_WINDOW);
    }

    /** A concept with the keys practice orders concepts by. */
    private record Ranked(Concept concept, int parkedSince, boolean notWaiting, boolean notFocus, int neglected,
            double strength, int rung, int stepsSince) {
        /** Concepts not parked first (0); of those parked, the one left longest ago first. */
        static int compare(Ranked a, Ranked b) {
            int c = Integer.compare(a.parkedSince, b.parkedSince);
            if (c == 0) {
                c = Boolean.compare(a.notWaiting, b.notWaiting);
            }
            if (c == 0) {
                c = Boolean.compare(a.notFocus, b.notFocus);
            }
            // a concept left alone too long comes back before the weakest or lowest (the longest left first)
            if (c == 0) {
                c = Integer.compare(b.neglected, a.neglected);
            }
            if (c == 0) {
                c = Double.compare(a.strength, b.strength);
            }
            if (c == 0) {
                c = Integer.compare(a.rung, b.rung);
            }
            // of concepts otherwise alike, the one worked on longest ago first: concepts take turns rather
            // than one rung being asked again and again while others wait with the same work
            if (c == 0) {
                c = Integer.compare(b.stepsSince, a.stepsSince);
            }
            return c != 0 ? c : Integer.compare(a.concept.order(), b.concept.order());
        }
    }

    static Optional<Progression.Choice> choose(TrackIndex track, Standing standing, History history, Rotation rotation,
            BossGate gate) {
        var targets = targets(track, standing, history, gate);
        var focusTopics = Set.copyOf(standing.state().profile().focusTopicIds());
        // the boss rung is the goal: while a concept has work at or below it (its frontier, or the boss
        // rung to confirm), climbing past it waits, and that work's questions come back first
        var boss = gate.rung();
        boolean below = false;
        for (var t : targets) {
            below |= !t.consolidation() && t.level().compareTo(boss) <= 0;
        }
        for (int round = below ? 0 : 1; round < 2; round++) {
            for (boolean fresh : new boolean[] {true, false}) {
                // work on the learner's way up, then consolidating what is held without confirmation, then
                // (only with a question not asked yet) a confirmed rung with a question of a variant's own
                for (int tier = 0; tier < (fresh ? 3 : 2); tier++) {
                    for (var t : targets) {
                        if (t.tier() != tier
                                || round == 0 && t.kind() == PracticeTarget.Kind.FRONTIER && t.level().compareTo(boss) > 0) {
                            continue;
                        }
                        var c = withContent(track, t, history, rotation, fresh, focusTopics);
                        // the concept a waiting boss is weakest on comes first, with a question asked before
                        // when it has no new one, rather than after every other concept's new questions
                        boolean reused = !fresh;
                        // so does a rung of the learner's focus concept that their answers have not confirmed
                        if (c.isEmpty() && fresh && (t.kind() == PracticeTarget.Kind.BOSS_WEAKEST
                                || t.kind() == PracticeTarget.Kind.FOCUS_UNCONFIRMED)) {
                            c = withContent(track, t, history, rotation, false, focusTopics);
                            reused = true;
                        }
                        if (c.isPresent()) {
                            String again = !reused ? ""
                                    : " Every question here has been asked, so the one asked longest ago comes back.";
                            String turn = PracticeWhy.turn(t, history, neglectedAfter(track));
                            String why = t.kind() == PracticeTarget.Kind.BOSS_RECENT ? PracticeWhy.recheck(track, t, history, gate)
                                    : t.why();
                            return c.map(ch -> new Progression.Choice(ch, StepReason.PRACTICE, turn + why + again));
                        }
                    }
                }
            }
        }
        return neighbour(track, targets, history, rotation).or(() -> onlyOne(track, targets));
    }

    /** The number of attempts without a concept after which it comes back first ({@link #NEGLECTED_PER_CONCEPT}). */
    static int neglectedAfter(TrackIndex track) {
        return NEGLECTED_PER_CONCEPT * track.track().concepts().size();
    }

    /** When every question of every target was asked too recently: the nearest other rung of a target's concept. */
    private static Optional<Progression.Choice> neighbour(TrackIndex track, List<PracticeTarget> targets, History history,
            Rotation rotation) {
        for (var t : targets) {
            for (int distance = 1; distance < LEVELS.length; distance++) {
                for (int rank : new int[] {t.level().ordinal() - distance, t.level().ordinal() + distance}) {
                    if (rank < 0 || rank >= LEVELS.length) {
                        continue;
                    }
                    var level = LEVELS[rank];
                    var c = rotation.reuse(track.challenges(t.conceptId(), level), history);
                    if (c.isPresent()) {
                        return c.map(ch -> new Progression.Choice(ch, StepReason.PRACTICE, t.why()
                                + " Its questions were all asked just now, so " + level.name() + " in between."));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the rung below {@code level} is held on a passing answer alone, not yet solid. */
    private static boolean onOnePass(Standing standing, String conceptId, ChallengeLevel level) {
        if (level.ordinal() == 0) {
            return false;
        }
        var below = LEVELS[level.ordinal() - 1];
        return standing.held(conceptId, below) && !standing.solid(conceptId, below);
    }

    /** The candidates with those on a focus topic first, otherwise in their order. */
    private static List<Challenge> focusFirst(List<Challenge> candidates, Set<String> focusTopics) {
        if (focusTopics.isEmpty()) {
            return candidates;
        }
        var sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparing((Challenge c) -> !inFocus(c, focusTopics)));
        return sorted;
    }

    /**
     * The last resort, for content with a single question where the learner still has work: that
     * question again, rather than claiming the track is complete.
     */
    private static Optional<Progression.Choice> onlyOne(TrackIndex track, List<PracticeTarget> targets) {
        return targets.stream().findFirst().flatMap(t -> track.challenges(t.conceptId(), t.level()).stream().findFirst()
                .map(ch -> new Progression.Choice(ch, StepReason.PRACTICE, t.why()
                        + " The track has no other question to ask here, so this one comes again.")));
    }

    /** Whether a challenge is on one of the learner's focus topics. */
    private static boolean inFocus(Challenge c, Set<String> focusTopics) {
        if (focusTopics.isEmpty()) {
            return false;
        }
        if (focusTopics.contains(c.topicId())) {
            return true;
        }
        for (var topic : c.secondaryTopicIds()) {
            if (focusTopics.contains(topic)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The rung nearest the frontier (the frontier first, then below; never above it) with a challenge in
     * focus not yet asked: any of the concept's when the learner chose the concept itself (so its
     * questions come first even where it is held already, e.g. placed high), one on a focus topic otherwise.
     */
    private static Optional<ChallengeLevel> nearestFocusRung(TrackIndex track, String conceptId, ChallengeLevel frontier,
            Set<String> focusTopics, boolean wholeConcept, History history) {
        if (focusTopics.isEmpty() && !wholeConcept) {
            return Optional.empty();
        }
        for (int distance = 0; distance < LEVELS.length; distance++) {
            for (int rank : new int[] {frontier.ordinal() - distance, frontier.ordinal() + distance}) {
                // never above the frontier: a focus does not climb past a rung the learner does not hold yet
                if (rank < 0 || rank > frontier.ordinal() || (distance == 0 && rank != frontier.ordinal())) {
                    continue;
                }
                var level = LEVELS[rank];
                for (var c : track.challenges(conceptId, level)) {
                    if ((wholeConcept || inFocus(c, focusTopics)) && history.neverAsked(c.id())) {
                        return Optional.of(level);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * For a concept the learner chose to focus on, the rung nearest the frontier (the frontier first, then
     * below; never above it) that their answers have not confirmed: one with a question not asked yet
     * first; else, unless a confirmed rung has a question of a variant's own not asked yet (a company's
     * questions are what a focus on its concept is for), one with any question, which comes back rather
     * than a base question of a rung the learner has confirmed. A learner who asks to practise caching
     * wants the rungs of it they are not sure of, not those at 99 %.
     */
    private static Optional<ChallengeLevel> unconfirmedRung(TrackIndex track, Standing standing, String conceptId,
            ChallengeLevel frontier, History history) {
        for (boolean fresh : new boolean[] {true, false}) {
            for (int rank = frontier.ordinal(); rank >= 0; rank--) {
                var level = LEVELS[rank];
                if (standing.confirmed(conceptId, level)) {
                    if (fresh && track.hasOwn(conceptId, level) && ownNotAsked(track, conceptId, level, history)) {
                        return Optional.empty();
                    }
                    continue;
                }
                for (var c : track.challenges(conceptId, level)) {
                    if (!fresh || history.neverAsked(c.id())) {
                        return Optional.of(level);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A challenge at the target's rung or, when the content has none there, the nearest rung below. */
    private static Optional<Challenge> withContent(TrackIndex track, PracticeTarget t, History history, Rotation rotation,
            boolean fresh, Set<String> focusTopics) {
        for (var level = Optional.of(t.level()); level.isPresent(); level = level.get().previous()) {
            var candidates = track.challenges(t.conceptId(), level.get());
            if (!candidates.isEmpty()) {
                candidates = focusFirst(candidates, focusTopics);
                return fresh ? rotation.fresh(candidates, history) : rotation.reuse(candidates, history);
            }
        }
        return Optional.empty();
    }

    /** Whether a rung has a question of the variant's own not asked yet (they come first of its questions). */
    private static boolean ownNotAsked(TrackIndex track, String conceptId, ChallengeLevel level, History history) {
        for (var c : track.challenges(conceptId, level)) {
            if (!track.own(c.id())) {
                return false;
            }
            if (history.neverAsked(c.id())) {
                return true;
            }
        }
        return false;
    }

    private static List<PracticeTarget> targets(TrackIndex track, Standing standing, History history, BossGate gate) {
        var boss = gate.rung();
        var covered = new HashSet<String>();
        Set<String> waiting = new HashSet<>();
        int warmUp = Integer.MAX_VALUE;
        for (var b : track.bosses()) {
            if (!BossGate.recentlyPassed(b.challenge(), history)) {
                covered.addAll(b.concepts());
                warmUp = Math.min(warmUp, BossGate.warmUp(b.concepts()));
            }
            gate.waitingOn(b.challenge(), history).ifPresent(waiting::add);
        }
        var profile = standing.state().profile();
        var focusTopics = Set.copyOf(profile.focusTopicIds());
        var focusConcepts = Set.copyOf(profile.focusConceptIds());
        var focus = new HashSet<>(focusConcepts);
        track.conceptsOnTopics(focusTopics, focus);
        // each concept's sort keys worked out once: waiting on it first, then focus, then the weakest
        // (interview near) or the lowest frontier, then the track's order; a stable sort keeps ties
        var ranked = new ArrayList<Ranked>(track.track().concepts().size());
        boolean weakestFirst = standing.interviewClose();
        int neglectedAfter = neglectedAfter(track);
        for (var c : track.track().concepts()) {
            int parkedSince = parked(history, c.id()) ? PARK_WINDOW + 2 - Math.min(PARK_WINDOW + 1,
                    history.stepsSinceConcept(c.id())) : 0;
            int since = history.stepsSinceConcept(c.id());
            ranked.add(new Ranked(c, parkedSince, !waiting.contains(c.id()), !focus.contains(c.id()),
                    since >= neglectedAfter ? since : 0,
                    weakestFirst ? standing.strength(c.id()) : 0,
                    weakestFirst ? 0 : standing.complete(c.id()) ? 5 : standing.frontier(c.id()).ordinal(),
                    history.stepsSinceConcept(c.id())));
        }
        ranked.sort(Ranked::compare);
        var concepts = new ArrayList<Concept>(ranked.size());
        ranked.forEach(r -> concepts.add(r.concept()));
        var out = new ArrayList<PracticeTarget>();
        for (var concept : concepts) {
            String id = concept.id();
            String name = concept.title();
            var frontier = standing.frontier(id);
            boolean wholeConcept = focusConcepts.contains(id);
            var unconfirmed = wholeConcept ? unconfirmedRung(track, standing, id, frontier, history) : Optional.<ChallengeLevel>empty();
            unconfirmed.ifPresent(rung -> out.add(new PracticeTarget(id, rung, PracticeTarget.Kind.FOCUS_UNCONFIRMED, name,
                    onOnePass(standing, id, rung))));
            if (unconfirmed.isEmpty()) {
                nearestFocusRung(track, id, frontier, focusTopics, wholeConcept, history)
                        .ifPresent(rung -> out.add(new PracticeTarget(id, rung, wholeConcept ? PracticeTarget.Kind.FOCUS_CONCEPT
                                : PracticeTarget.Kind.FOCUS, name, onOnePass(standing, id, rung))));
            }
            if (waiting.contains(id)) {
                var level = frontier.compareTo(boss) < 0 ? frontier : boss;
                out.add(new PracticeTarget(id, level, PracticeTarget.Kind.BOSS_WEAKEST, name));
            }
            boolean complete = standing.complete(id);
            if (!complete) {
                out.add(new PracticeTarget(id, frontier, PracticeTarget.Kind.FRONTIER, name, onOnePass(standing, id, frontier)));
            }
            if (covered.contains(id) && frontier.compareTo(boss) > 0) {
                if (!gate.ready(id, standing)) {
                    out.add(new PracticeTarget(id, boss, PracticeTarget.Kind.BOSS_CONFIRM, name));
                } else if (!history.recentPassAtOrAbove(id, boss, warmUp)) {
                    out.add(new PracticeTarget(id, boss, PracticeTarget.Kind.BOSS_RECENT, name));
                }
            }
            // a rung the learner's answers confirm shows the rungs below it: they are not consolidated
            // (a strong candidate who passed DESIGN questions was asked definitions next), unless the
            // learner's own latest answer on one of them failed
            ChallengeLevel confirmedAbove = null;
            for (var level : LEVELS) {
                if (standing.confirmed(id, level)) {
                    confirmedAbove = level;
                }
            }
            for (var level : LEVELS) {
                // a concept held through PRESSURE on placement alone still has its rungs confirmed
                if (!complete && level.compareTo(frontier) >= 0) {
                    break;
                }
                if (confirmedAbove != null && level.compareTo(confirmedAbove) < 0 && !history.lastAnswerFailed(id, level)
                        && !(track.hasOwn(id, level) && ownNotAsked(track, id, level, history))) {
                    continue;
                }
                if (track.challenges(id, level).isEmpty()) {
                    continue; // a small track without questions here: nothing to consolidate with
                }
                // a rung mastered on the learner's answers whose hold has gone stale is a review's to
                // re-check (its card is due), not practice's: consolidation is for rungs never confirmed
                if (!standing.confirmed(id, level) && !standing.mastered(id, level)) {
                    out.add(new PracticeTarget(id, level, PracticeTarget.Kind.CONSOLIDATE, name));
                } else if (track.hasOwn(id, level) && ownNotAsked(track, id, level, history)) {
                    out.add(new PracticeTarget(id, level, PracticeTarget.Kind.CONSOLIDATE_OWN, name));
                }
            }
        }
        return out;
    }
}
