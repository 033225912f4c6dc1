package dev.interviewcoach.core.internal.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.FollowUp;
import dev.interviewcoach.api.Prompt;
import dev.interviewcoach.api.Rubric;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReproductionTests {
    private static final String REFERENCE = "An idempotent method has the same effect on the server whether it is sent "
            + "once or many times: PUT and DELETE are idempotent, POST is not, so a client may retry a PUT safely "
            + "after a timeout without creating a second resource.";
    private static final Challenge CHALLENGE = challenge();

    private static Challenge challenge() {
        var criterion = new Criterion("definition", 1, true, "Repeating it has the same effect as sending it once.",
                Optional.empty(), Optional.empty(), List.of(Evidence.of("same effect")), 1,
                Optional.of("Say that repeating an idempotent request leaves the server in the same state as "
                        + "sending it once, and name which methods are idempotent and which are not."));
        var base = Challenge.of("http.define.idem", "http", ChallengeLevel.DEFINE, "http.idempotency",
                Prompt.of("What is an idempotent HTTP method?"), Rubric.of(List.of(criterion)), REFERENCE);
        return new Challenge(base.id(), base.conceptId(), base.level(), base.topicId(), List.of(), base.prompt(),
                base.rubric(), List.of(), REFERENCE, List.of("Think about what happens when a client retries.",
                        "Compare PUT and POST when the same request arrives twice."),
                List.of(new FollowUp("definition", "What does a retried POST do to the server's state?")),
                List.of(), List.of());
    }

    @Test
    void theReferenceAnswerPastedBackIsRecognisedWhateverItsLayout() {
        assertThat(Reproduction.of(CHALLENGE, REFERENCE)).contains("the reference answer");
        assertThat(Reproduction.of(CHALLENGE, REFERENCE.toUpperCase().replace(" ", "\n"))).contains("the reference answer");
    }

    @Test
    void theFeedbackPastedBackIsRecognised() {
        String feedback = CHALLENGE.rubric().criteria().get(0).feedback().orElseThrow();
        assertThat(Reproduction.of(CHALLENGE, "Well. " + feedback)).contains("the feedback");
    }

    @Test
    void anAnswerInTheCandidatesOwnWordsIsNotFlaggedEvenWhenItIsRight() {
        String own = "Idempotent means doing it twice leaves things exactly as doing it once did. PUT replaces the "
                + "resource, so sending it again changes nothing more; DELETE too. POST usually creates something "
                + "new each time, so retrying it blindly can double an order.";
        assertThat(Reproduction.of(CHALLENGE, own)).isEmpty();
    }

    @Test
    void whatAnAnswerCopiesIsSaidInAClauseThatReadsForEachVerdict() {
        String pieced = String.join(" ", java.util.Arrays.copyOf(REFERENCE.split(" "), 12)) + " "
                + CHALLENGE.rubric().criteria().get(0).feedback().orElseThrow() + " " + String.join(" ", CHALLENGE.hints());

        assertThat(Reproduction.of(CHALLENGE, pieced)).as("no one kind of text alone").contains(Reproduction.ALL_SHOWN);
        assertThat(Reproduction.copied(CHALLENGE, Answer.of(pieced))).contains("this answer repeats what the coach shows "
                + "for this question (its reference answer, feedback and hints, taken together)");
        assertThat(Reproduction.copied(CHALLENGE, Answer.of(REFERENCE)))
                .contains("this answer repeats the reference answer the coach has for this question");
        assertThat(Reproduction.clause("the feedback")).isEqualTo("this answer repeats the feedback the coach has for this question");
        assertThat(Reproduction.clause("the hints")).isEqualTo("this answer repeats the hints the coach has for this question");
    }

    @Test
    void aShortAnswerIsNeverJudged() {
        assertThat(Reproduction.of(CHALLENGE, "PUT and DELETE are idempotent, POST is not")).isEmpty();
    }
}
