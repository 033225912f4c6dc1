package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.GradeStatus;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.core.internal.integrity.Reproduction;
import org.junit.jupiter.api.Test;

/** A session refuses an answer that copies what the coach shows, and says so in a sentence that reads. */
class CopiedAnswerTests {
    @Test
    void anAnswerPiecedTogetherFromEverythingTheCoachShowsIsRefusedInASentenceThatReads() {
        var session = Coach.builder().tracks(TrackLoader.of(TrackProviders.directory(ContentFixtures.dir("tracks"))))
                .memoryStore(MemoryStores.inMemory()).build().session(LearnerId.of("ada"), "mini");
        var step = session.next().orElseThrow();
        var c = step.challenge();
        String pieced = c.referenceAnswer() + " " + c.rubric().criteria().get(0).description() + " "
                + String.join(" ", c.hints());

        var feedback = session.submit(step.id(), Answer.of(pieced));

        assertThat(Reproduction.of(c, pieced)).as("no one kind of text alone").contains("what the coach showed");
        assertThat(feedback.attempt().grade().status()).isEqualTo(GradeStatus.ABSTAIN);
        assertThat(feedback.attempt().grade().message()).hasValueSatisfying(m -> assertThat(m).startsWith("Not counted: "
                + "this answer repeats what the coach shows for this question (its reference answer, feedback and hints, "
                + "taken together), which is no evidence of knowing it; answers in your own words"));
    }
}
