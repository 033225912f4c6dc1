package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.SampleKind;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A calibration report prints as its summary and counts; its results stay in its accessors. */
class CalibrationReportTests {
    private static CalibrationReport.SampleResult result(int i, double score) {
        return new CalibrationReport.SampleResult("c.define.x" + i, 0, SampleKind.STRONG, SampleKind.STRONG.defaultBand(),
                Optional.of(score), Optional.empty(), false, Map.of());
    }

    @Test
    void aReportOfThousandsOfSamplesPrintsAsItsSummaryAndFailingCountNotEachResult() {
        var report = new CalibrationReport(IntStream.range(0, 2000).mapToObj(i -> result(i, i < 3 ? 0.1 : 0.9)).toList());

        assertThat(report.toString()).isEqualTo("CalibrationReport[" + report.summary() + ", failing=3]")
                .doesNotContain("c.define.x");
        assertThat(report.results()).hasSize(2000);
        assertThat(report.failures()).extracting(CalibrationReport.SampleResult::challengeId)
                .containsExactly("c.define.x0", "c.define.x1", "c.define.x2");
    }
}
