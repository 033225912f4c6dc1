package dev.interviewcoach.content.backend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.SampleKind;
import dev.interviewcoach.core.Calibration;
import dev.interviewcoach.core.CalibrationReport;
import dev.interviewcoach.core.Graders;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The content tests itself: every calibration sample of the shipped tracks goes through the default
 * grader, which must put at least 95 % in band overall and 90 % of every kind, and detect every
 * misconception a sample names. When this fails, fix the grader or the rubric, never the sample.
 */
class CalibrationGateTests {
    private static final CalibrationReport REPORT = Calibration.run(Tracks.BACKEND_GO, Graders.rubric());

    private static String failures() {
        return REPORT.failures().stream()
                .map(r -> String.format(Locale.ROOT, "%s[%d] %s %s score=%s%s", r.challengeId(), r.index(),
                        r.kind().externalName(), r.band(), r.score().map(s -> String.format(Locale.ROOT, "%.2f", s)).orElse("none"),
                        r.expectedMisconception().map(m -> " misconception " + m + (r.misconceptionDetected() ? "" : " undetected")).orElse("")))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void atLeastNinetyFivePercentOfAllSamplesScoreInBand() {
        assertThat(REPORT.results()).hasSizeGreaterThan(1000);
        assertThat(REPORT.shareInBand()).as(REPORT.summary() + "\n" + failures()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void atLeastNinetyPercentOfEveryKindScoresInBand() {
        var byKind = REPORT.shareInBandByKind();
        assertThat(byKind).containsOnlyKeys(SampleKind.values());
        byKind.forEach((kind, share) -> assertThat(share).as(kind + ": " + REPORT.summary()).isGreaterThanOrEqualTo(0.90));
    }

    @Test
    void everyMisconceptionASampleNamesIsDetected() {
        assertThat(REPORT.undetectedMisconceptions()).as(failures()).isEmpty();
    }
}
