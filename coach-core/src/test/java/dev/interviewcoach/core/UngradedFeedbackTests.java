package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Grade;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An answer that was not graded tells the host what a learner may be shown, never the operator's error. */
class UngradedFeedbackTests {
    private static final LearnerId ADA = LearnerId.of("ada");

    private static Feedback answerWith(Grade grade) {
        Grader grader = new Grader() {
            @Override
            public String id() {
                return "acme";
            }

            @Override
            public String version() {
                return "1";
            }

            @Override
            public Grade grade(GradingRequest request) {
                return grade;
            }
        };
        var session = Coach.builder().tracks(TrackLoader.of(TrackProviders.directory(ContentFixtures.dir("tracks"))))
                .memoryStore(MemoryStores.inMemory()).grader(grader)
                .clock(Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC)).build().session(ADA, "mini");
        return session.submit(session.next().orElseThrow().id(), Answer.of("An answer in my own words."));
    }

    @Test
    void aFailedGradeShowsTheLearnerThatTheAnswerIsStoredAndCountsForNothingButNotTheOperatorsError() {
        var feedback = answerWith(Grade.error("acme", "1", "grading service failed: RemoteUnavailable"));
        assertThat(feedback.graded()).isFalse();
        assertThat(feedback.passed()).isFalse();
        assertThat(feedback.notGradedToShow()).hasValueSatisfying(text -> assertThat(text)
                .contains("could not be graded", "stored").doesNotContain("RemoteUnavailable"));
        assertThat(feedback.grade().message()).hasValueSatisfying(m -> assertThat(m).contains("RemoteUnavailable"));
    }

    @Test
    void anAbstentionShowsItsReasonAboutTheAnswerAndAGradedAnswerShowsNothingHere() {
        var abstained = answerWith(Grade.abstain("acme", "1", "This answer reads as German; answers in English are graded."));
        assertThat(abstained.notGradedToShow()).hasValue("This answer reads as German; answers in English are graded.");
        var graded = answerWith(Grade.ok(0.8, List.of(), List.of(), List.of(), "", "acme", "1"));
        assertThat(graded.graded()).isTrue();
        assertThat(graded.notGradedToShow()).isEmpty();
    }
}
