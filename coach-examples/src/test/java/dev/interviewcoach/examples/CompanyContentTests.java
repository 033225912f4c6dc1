package dev.interviewcoach.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.core.Calibration;
import dev.interviewcoach.core.Graders;
import dev.interviewcoach.core.TrackLoader;
import dev.interviewcoach.examples.content.AcmeTrackProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A company's challenges layered on the backend track: loaded with the base, calibrated, reached through focus. */
class CompanyContentTests {
    @Test
    void theLayeredTrackHoldsTheBaseTrackAndAcmesChallengeOnItsNewTopic() {
        var tracks = TrackLoader.discover();
        var acme = tracks.load(AcmeTrackProvider.TRACK);
        var base = tracks.load("backend");
        assertThat(acme.baseId()).contains("backend");
        assertThat(acme.challenges()).hasSize(base.challenges().size() + 1);
        assertThat(acme.concept("http").orElseThrow().topic(CompanyContent.ACME_TOPIC)).isPresent();
    }

    @Test
    void acmesCalibrationSamplesEarnTheirScoreBands() {
        var acme = TrackLoader.discover().load(AcmeTrackProvider.TRACK);
        var mine = acme.challenges().stream().filter(c -> c.topicId().equals(CompanyContent.ACME_TOPIC)).toList();
        var report = Calibration.run(mine, Graders.rubric());
        assertThat(report.failures()).as(report.summary()).isEmpty();
    }

    @Test
    void acmesQuestionIsReachedThroughTheLearnersFocus() {
        var bytes = new ByteArrayOutputStream();
        var step = CompanyContent.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), 40);
        assertThat(step).as("with Acme's topic as the learner's focus, its question comes up within 40 steps")
                .hasValueSatisfying(s -> assertThat(s.challenge().topicId()).isEqualTo(CompanyContent.ACME_TOPIC));
    }
}
