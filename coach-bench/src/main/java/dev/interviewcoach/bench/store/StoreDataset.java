package dev.interviewcoach.bench.store;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.CriterionOutcome;
import dev.interviewcoach.api.CriterionResult;
import dev.interviewcoach.api.EvidenceSpan;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.LearnerProfile;
import dev.interviewcoach.api.LearnerState;
import dev.interviewcoach.api.Mastery;
import dev.interviewcoach.api.MasteryStatus;
import dev.interviewcoach.api.ReviewCard;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.core.LearnerCodec;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The benchmark's learners: realistic states (mastery on ten concepts × two rungs, review cards) and
 * attempts with graded criteria, and a bulk loader that writes them once into a store's tables.
 */
final class StoreDataset {
    static final String TRACK = "backend";
    static final Instant T0 = Instant.parse("2026-12-03T09:00:00.123456789Z");
    private static final LearnerCodec CODEC = LearnerCodec.standard();

    private StoreDataset() {}

    static LearnerId learner(int i) {
        return LearnerId.of("learner-" + i);
    }

    static LearnerState state(int i) {
        var mastery = new ArrayList<Mastery>();
        var reviews = new ArrayList<ReviewCard>();
        for (int c = 0; c < 10; c++) {
            for (var level : List.of(ChallengeLevel.DEFINE, ChallengeLevel.TRADEOFFS)) {
                mastery.add(new Mastery("concept-" + c, level, ((i + c) % 100) / 100.0, 3, MasteryStatus.TENTATIVE,
                        List.of("a-" + i + "-1", "a-" + i + "-2")));
            }
            reviews.add(new ReviewCard("concept-" + c, ChallengeLevel.DEFINE, 3.5, 5.0, LocalDate.of(2026, 12, 1),
                    LocalDate.of(2026, 12, 9), 2, 0));
        }
        var profile = new LearnerProfile(Optional.of("junior backend developer"), List.of("java"), Optional.empty(),
                Map.of());
        return new LearnerState(learner(i), TRACK, LearnerState.CURRENT_SCHEMA_VERSION, 1, profile, mastery, List.of(),
                reviews, List.of(), T0);
    }

    static Attempt attempt(int learner, String id) {
        return attempt(learner(learner), id);
    }

    static Attempt attempt(LearnerId learner, String id) {
        var criteria = List.of(
                new CriterionResult("same-state", CriterionOutcome.MET, 1.0, List.of(new EvidenceSpan(0, 14)), "named"),
                new CriterionResult("retries", CriterionOutcome.MISSED, 0.0, List.of(), "say why retries are safe"));
        var grade = Grade.ok(0.5, criteria, List.of(), List.of(), "Half of it.", "rubric", "1");
        return new Attempt(id, learner, TRACK, "http.define.idempotency", "http", ChallengeLevel.DEFINE,
                StepReason.PRACTICE, new Answer("PUT is idempotent: repeating it leaves the same state, POST not.",
                        Duration.ofSeconds(40), 0), grade, T0.plusSeconds(id.hashCode() & 0xffff));
    }

    /**
     * Writes learners {@code [0, learners)} with {@code perLearner} attempts each into a store's tables
     * (created by opening the store), in large transactions.
     */
    static void fill(Connection c, int learners, int perLearner) throws SQLException {
        c.setAutoCommit(false);
        try (var learner = c.prepareStatement("INSERT INTO coach_learner (learner_id) VALUES (?)");
                var state = c.prepareStatement(
                        "INSERT INTO coach_learner_state (learner_id, track_id, version, state) VALUES (?, ?, 1, ?)");
                var attempt = c.prepareStatement("INSERT INTO coach_attempt (learner_id, attempt_id, track_id, "
                        + "challenge_id, at_second, at_nano, attempt) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < learners; i++) {
                String id = LearnerCodec.storedText(learner(i).value());
                learner.setString(1, id);
                learner.addBatch();
                state.setString(1, id);
                state.setString(2, TRACK);
                state.setString(3, CODEC.writeState(state(i)));
                state.addBatch();
                for (int a = 0; a < perLearner; a++) {
                    Attempt row = attempt(i, "a-" + i + "-" + a);
                    attempt.setString(1, id);
                    attempt.setString(2, row.id());
                    attempt.setString(3, TRACK);
                    attempt.setString(4, row.challengeId());
                    attempt.setLong(5, row.at().getEpochSecond());
                    attempt.setInt(6, row.at().getNano());
                    attempt.setString(7, CODEC.writeAttempt(row));
                    attempt.addBatch();
                }
                if (i % 2_000 == 1_999 || i == learners - 1) {
                    learner.executeBatch();
                    state.executeBatch();
                    attempt.executeBatch();
                    c.commit();
                }
            }
            try (var s = c.createStatement()) {
                s.execute("CREATE TABLE bench_built (learners INTEGER NOT NULL, per_learner INTEGER NOT NULL)");
                s.execute("INSERT INTO bench_built VALUES (" + learners + ", " + perLearner + ")");
            }
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Whether a complete data set is already there. */
    static boolean built(Connection c) {
        try (var s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM bench_built")) {
            return rs.next() && rs.getInt(1) == 1;
        } catch (SQLException e) {
            return false;
        }
    }
}
