package dev.interviewcoach.core.internal.diagnosis;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Concept;
import dev.interviewcoach.api.Placement;
import dev.interviewcoach.api.Track;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Diagnosis on a real track: replays a learner's diagnostic attempts into the posterior, picks the
 * next challenge (a cell may be asked again with a challenge not yet asked) and turns the posterior
 * into placements. Nothing is stored besides the attempts, so a diagnosis resumes across sessions.
 */
public final class TrackDiagnosis {
    private final Diagnosis diagnosis;
    private final Track track;
    private final Cells cells;
    private final List<Attempt> attempts;
    private final AbilityPosterior posterior;
    private final Map<String, Integer> index = new HashMap<>();
    private final Set<String> asked = new HashSet<>();
    private final List<String> tried = new ArrayList<>();
    private final int scored;
    /** Graded answers per cell ("concept/rank"). */
    private final Map<String, Integer> perCell = new HashMap<>();

    /**
     * How many graded answers a cell takes on a real track: after three, a fourth question there is
     * one question less for every other cell, and a candidate asked the same kind of question again and
     * again learns nothing from the test (seven of nineteen on one cell, seen in a real run).
     */
    public static final int MAX_PER_CELL = 3;

    /** The challenges of a concept × rung, in the order a cell's questions are tried. */
    @FunctionalInterface
    public interface Cells {
        /**
         * The challenges of a cell.
         *
         * @param conceptId the concept
         * @param level the rung
         * @return its challenges, in the order they are tried
         */
        List<Challenge> of(String conceptId, ChallengeLevel level);
    }

    /**
     * Replays a learner's diagnostic attempts on a track whose cells' questions are tried in content order.
     *
     * @param diagnosis the diagnosis
     * @param track the track
     * @param attempts the learner's diagnostic attempts on it, oldest first
     */
    public TrackDiagnosis(Diagnosis diagnosis, Track track, List<Attempt> attempts) {
        this(diagnosis, track, track::challenges, attempts);
    }

    /**
     * Replays a learner's diagnostic attempts on a track.
     *
     * @param diagnosis the diagnosis
     * @param track the track
     * @param cells each cell's challenges in the order they are tried (a variant's own first)
     * @param attempts the learner's diagnostic attempts on it, oldest first
     */
    public TrackDiagnosis(Diagnosis diagnosis, Track track, Cells cells, List<Attempt> attempts) {
        this.diagnosis = diagnosis;
        this.track = track;
        this.cells = cells;
        this.attempts = List.copyOf(attempts);
        this.posterior = diagnosis.start(track.concepts().size());
        for (var concept : track.concepts()) {
            index.put(concept.id(), index.size());
        }
        int count = 0;
        for (var a : this.attempts) {
            tried.add(a.challengeId());
            Integer c = index.get(a.conceptId());
            if (a.grade().isScored()) {
                asked.add(a.challengeId());
                count++;
                perCell.merge(a.conceptId() + "/" + a.level().rank(), 1, Integer::sum);
                if (c != null) {
                    posterior.observe(c, a.level().rank(), a.grade().score().getAsDouble());
                }
            }
        }
        this.scored = count;
    }

    /**
     * How many diagnostic questions were answered with a grade: an answer the grader failed on or
     * abstained from is no question asked.
     *
     * @return the count
     */
    public int asked() {
        return scored;
    }

    /**
     * The diagnostic attempts behind this run, graded or not, oldest first.
     *
     * @return the attempts
     */
    public List<Attempt> attempts() {
        return attempts;
    }

    /**
     * The next challenge to ask.
     *
     * @return the challenge, or empty when the diagnosis is over
     */
    public Optional<Challenge> next() {
        return diagnosis.next(posterior, asked(), this::available)
                .flatMap(cell -> unasked(concept(cell.concept()), level(cell.rung())));
    }

    /**
     * A rough estimate of the questions still to come, the next one included: the uncertainty left
     * on each unsettled concept over what a typical question removes, within the budget.
     *
     * @return the estimate; 0 when the diagnosis is over
     */
    public int estimatedLeft() {
        return next().isEmpty() ? 0 : Math.max(1, diagnosis.estimateLeft(posterior, asked(), this::available));
    }

    /**
     * Where the answers so far place the learner on every concept of the track.
     *
     * @return one placement per concept, in track order
     */
    public List<Placement> placements() {
        var out = new ArrayList<Placement>();
        for (var concept : track.concepts()) {
            int c = index.get(concept.id());
            int level = posterior.placedLevel(c);
            var ids = attempts.stream().filter(a -> a.conceptId().equals(concept.id()) && a.grade().isScored())
                    .map(Attempt::id).toList();
            out.add(new Placement(concept.id(), level == 0 ? Optional.empty() : Optional.of(level(level)),
                    Math.min(1, posterior.confidence(c)), ids));
        }
        return out;
    }

    private boolean available(int concept, int rung) {
        var c = concept(concept);
        return perCell.getOrDefault(c.id() + "/" + rung, 0) < MAX_PER_CELL && unasked(c, level(rung)).isPresent();
    }

    /**
     * A challenge of the cell without a graded answer yet: one never tried first, else the one whose
     * ungraded try lies furthest back, but never the challenge tried last.
     */
    private Optional<Challenge> unasked(Concept concept, ChallengeLevel level) {
        var open = cells.of(concept.id(), level).stream().filter(ch -> !asked.contains(ch.id())).toList();
        var never = open.stream().filter(ch -> !tried.contains(ch.id())).findFirst();
        if (never.isPresent()) {
            return never;
        }
        String last = tried.isEmpty() ? "" : tried.get(tried.size() - 1);
        return open.stream().filter(ch -> !ch.id().equals(last))
                .min(java.util.Comparator.comparingInt(ch -> tried.lastIndexOf(ch.id())));
    }

    private Concept concept(int c) {
        return track.concepts().get(c);
    }

    private static ChallengeLevel level(int rung) {
        return ChallengeLevel.values()[rung - 1];
    }
}
