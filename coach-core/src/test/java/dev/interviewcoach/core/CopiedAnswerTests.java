package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.GradeStatus;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.SampleKind;
import dev.interviewcoach.core.internal.integrity.Reproduction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session refuses an answer that copies what the coach shows, and says so in a sentence that reads; the
 * track advice names the calibration samples it would refuse so.
 */
class CopiedAnswerTests {
    @TempDir
    Path root;

    @Test
    void aStrongSampleTheTrackAdviceCallsACopyIsRefusedWhenALearnerSubmitsIt() throws IOException {
        Path mini = Files.createDirectories(root.resolve("mini"));
        Path fixture = ContentFixtures.dir("tracks").resolve("mini");
        Files.copy(fixture.resolve("track.yaml"), mini.resolve("track.yaml"));
        // each challenge's strong sample is its reference answer, word for word
        String strong = "{ kind: strong, text: The point. }";
        Files.writeString(mini.resolve("http.yaml"), Files.readString(fixture.resolve("http.yaml"))
                .replaceFirst(Pattern.quote(strong), "{ kind: strong, text: \"Sending it many times has the same effect "
                        + "on the server as once; PUT and DELETE are idempotent.\" }")
                .replaceFirst(Pattern.quote(strong), "{ kind: strong, text: \"Use PUT when the client knows the URI; it "
                        + "is idempotent so it is safe to retry.\" }"));
        var loader = TrackLoader.of(TrackProviders.directory(mini));
        var session = Coach.builder().tracks(loader).memoryStore(MemoryStores.inMemory()).build()
                .session(LearnerId.of("ada"), "mini");
        var step = session.next().orElseThrow();
        var sample = step.challenge().samples().stream().filter(s -> s.kind() == SampleKind.STRONG).findFirst().orElseThrow();

        var advice = TrackAdvice.of(loader.load("mini"));
        var feedback = session.submit(step.id(), Answer.of(sample.text()));

        assertThat(advice).anySatisfy(a -> assertThat(a).startsWith("challenge '" + step.challenge().id() + "' sample 0 "
                + "(strong) is refused as a copy"));
        assertThat(feedback.attempt().grade().status()).isEqualTo(GradeStatus.ABSTAIN);
        assertThat(feedback.attempt().grade().graderId()).isEqualTo("coach");
    }

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
