package dev.interviewcoach.core.internal.progression;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Concept;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.CriterionOutcome;
import dev.interviewcoach.api.CriterionResult;
import dev.interviewcoach.api.Dimension;
import dev.interviewcoach.api.DimensionResult;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.FollowUp;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.Mastery;
import dev.interviewcoach.api.MasteryStatus;
import dev.interviewcoach.api.Placement;
import dev.interviewcoach.api.Prompt;
import dev.interviewcoach.api.ReviewCard;
import dev.interviewcoach.api.Rubric;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.api.Topic;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.internal.LearnerFixtures;
import dev.interviewcoach.core.internal.diagnosis.Diagnosis;
import dev.interviewcoach.core.internal.diagnosis.DiagnosisModel;
import dev.interviewcoach.core.internal.memory.Fsrs;
import dev.interviewcoach.core.internal.memory.ReviewScheduler;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A two-concept track with three challenges per rung, follow-ups, hints and a boss; states and attempts on it. */
final class ProgressionFixtures {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final List<String> CONCEPTS = List.of("http", "rest");
    static final ReviewScheduler SCHEDULER = new ReviewScheduler(Fsrs.defaults(), 0.9);

    private ProgressionFixtures() {}

    static Progression progression() {
        return progression(Settings.defaults());
    }

    static Progression progression(Settings settings) {
        return new Progression(new Diagnosis(DiagnosisModel.standard(), Diagnosis.Policy.standard()), SCHEDULER,
                g -> g.isScored() && g.score().getAsDouble() >= 0.6, settings);
    }

    static Challenge challenge(String concept, ChallengeLevel level, int n) {
        var criteria = List.of(
                new Criterion("point", 2, false, "States the point.", Optional.empty(), Optional.empty(),
                        List.of(Evidence.of("point")), 1, Optional.of("Say the point.")),
                new Criterion("example", 1, false, "Gives an example.", Optional.empty(), Optional.empty(),
                        List.of(Evidence.of("example")), 1, Optional.empty()));
        String id = concept + "." + level.name().toLowerCase() + "." + n;
        return new Challenge(id, concept, level, concept + ".topic", List.of(), Prompt.of("Question " + id + "?"),
                Rubric.of(criteria), List.of(), "The point, for example this.", List.of("Think of the point."),
                List.of(new FollowUp("point", "What is the point of " + id + "?"),
                        new FollowUp("example", "Give an example for " + id + ".")),
                List.of(), List.of());
    }

    static Challenge boss() {
        var criteria = List.of(
                new Criterion("api", 1, false, "API.", Optional.empty(), Optional.of("api"), List.of(Evidence.of("429")),
                        1, Optional.empty()),
                new Criterion("data", 1, false, "Data.", Optional.empty(), Optional.of("data"),
                        List.of(Evidence.of("key")), 1, Optional.empty()));
        var rubric = new Rubric(criteria, List.of(new Dimension("api", "API", List.of("http"), 1),
                new Dimension("data", "Data", List.of("rest"), 1)));
        return Challenge.of("boss.mini", "http", ChallengeLevel.DESIGN, "http.topic", Prompt.of("Design it."), rubric,
                "Use 429 and a key.");
    }

    static Track track() {
        var concepts = new ArrayList<Concept>();
        var ladder = new ArrayList<Challenge>();
        for (int i = 0; i < CONCEPTS.size(); i++) {
            String c = CONCEPTS.get(i);
            concepts.add(new Concept(c, c.toUpperCase(), i + 1, List.of(new Topic(c + ".topic", "Topic"))));
            for (var level : ChallengeLevel.values()) {
                for (int n = 1; n <= 3; n++) {
                    ladder.add(challenge(c, level, n));
                }
            }
        }
        return new Track("mini", "Mini", "1", "", Optional.empty(), concepts, ladder, List.of(boss()), List.of());
    }

    /** A placed learner holding, by confirmed mastery, each concept's rungs up to the given rank (0 to 5). */
    static LearnerState holding(int httpRank, int restRank) {
        var mastery = new ArrayList<Mastery>();
        var cards = new ArrayList<ReviewCard>();
        int[] ranks = {httpRank, restRank};
        for (int i = 0; i < CONCEPTS.size(); i++) {
            for (var level : ChallengeLevel.values()) {
                if (level.rank() <= ranks[i]) {
                    mastery.add(new Mastery(CONCEPTS.get(i), level, 0.95, 4, MasteryStatus.MASTERED, List.of()));
                    cards.add(card(CONCEPTS.get(i), level, TODAY.minusDays(1), TODAY.plusDays(30)));
                }
            }
        }
        var placements = CONCEPTS.stream().map(c -> new Placement(c, Optional.empty(), 0.5, List.of())).toList();
        var initial = LearnerFixtures.initial();
        return new LearnerState(initial.learnerId(), initial.trackId(), initial.schemaVersion(), 0, initial.profile(),
                mastery, List.of(), cards, placements, LearnerFixtures.NOW);
    }

    static ReviewCard card(String concept, ChallengeLevel level, LocalDate last, LocalDate due) {
        return new ReviewCard(concept, level, 30, 5, last, due, 2, 0);
    }

    static LearnerState withCards(LearnerState state, List<ReviewCard> cards) {
        var kept = new ArrayList<>(state.reviews());
        kept.removeIf(k -> cards.stream().anyMatch(c -> c.conceptId().equals(k.conceptId()) && c.level() == k.level()));
        kept.addAll(cards);
        return new LearnerState(state.learnerId(), state.trackId(), state.schemaVersion(), 0, state.profile(),
                state.mastery(), state.misconceptions(), kept, state.placements(), state.updatedAt());
    }

    /** A graded attempt whose grade missed the given criteria and met the others. */
    static Attempt answer(Challenge challenge, StepReason reason, double score, int n, String... missed) {
        var results = challenge.rubric().criteria().stream().map(c -> List.of(missed).contains(c.id())
                ? new CriterionResult(c.id(), CriterionOutcome.MISSED, 0, List.of(), "")
                : new CriterionResult(c.id(), CriterionOutcome.MET, 1, List.of(), "")).toList();
        var grade = Grade.ok(score, results, List.of(), List.of(), "", "fake", "1");
        return new Attempt("a" + n, LearnerFixtures.ADA, "mini", challenge.id(), challenge.conceptId(), challenge.level(),
                reason, Answer.of("answer"), grade, LearnerFixtures.NOW.plus(Duration.ofMinutes(n)));
    }

    static Attempt bossAnswer(double api, double data, int n) {
        var grade = Grade.ok((api + data) / 2, List.of(),
                List.of(new DimensionResult("api", api), new DimensionResult("data", data)), List.of(), "", "fake", "1");
        var boss = boss();
        return new Attempt("a" + n, LearnerFixtures.ADA, "mini", boss.id(), boss.conceptId(), boss.level(),
                StepReason.BOSS, Answer.of("answer"), grade, LearnerFixtures.NOW.plus(Duration.ofMinutes(n)));
    }
}
