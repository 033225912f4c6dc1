package dev.interviewcoach.core;

import dev.interviewcoach.api.SampleKind;
import dev.interviewcoach.api.ScoreBand;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How a grader did on a track's calibration samples: each sample's score against its band.
 *
 * <p>{@link #toString()} is the {@linkplain #summary() summary} and counts; each sample's result is in
 * {@link #results()}, and those that do not pass in {@link #failures()}.
 *
 * @param results one result per sample, in track order
 * @since 0.1
 */
public record CalibrationReport(List<CalibrationReport.SampleResult> results) {
    /** Copies the list. */
    public CalibrationReport {
        results = List.copyOf(results);
    }

    /**
     * The outcome of one sample.
     *
     * @param challengeId the challenge
     * @param index the sample's position among the challenge's samples
     * @param kind the sample's kind
     * @param band the band it must score in
     * @param score its score, empty when the grader gave no score
     * @param expectedMisconception the misconception it must trigger, if any
     * @param misconceptionDetected whether that misconception was detected
     * @param dimensionsInBand per dimension with a band, whether its score was in it
     */
    public record SampleResult(String challengeId, int index, SampleKind kind, ScoreBand band, Optional<Double> score,
            Optional<String> expectedMisconception, boolean misconceptionDetected, Map<String, Boolean> dimensionsInBand) {
        /** Copies the map. */
        public SampleResult {
            dimensionsInBand = Map.copyOf(dimensionsInBand);
        }

        /**
         * Whether the overall score lies in the band.
         *
         * @return true when scored and in band
         */
        public boolean inBand() {
            return score.map(band::contains).orElse(false);
        }

        /**
         * Whether the sample passes: in band, with its misconception detected where it names one.
         *
         * @return true when it passes
         */
        public boolean passes() {
            return inBand() && (expectedMisconception.isEmpty() || misconceptionDetected);
        }
    }

    /**
     * Share of samples whose score is in band.
     *
     * @return the share in [0, 1]; 1 when there are no samples
     */
    public double shareInBand() {
        return results.isEmpty() ? 1 : (double) results.stream().filter(SampleResult::inBand).count() / results.size();
    }

    /**
     * Share in band per sample kind.
     *
     * @return kind to share, for the kinds present
     */
    public Map<SampleKind, Double> shareInBandByKind() {
        var byKind = new EnumMap<SampleKind, Double>(SampleKind.class);
        results.stream().collect(Collectors.groupingBy(SampleResult::kind)).forEach((kind, list) ->
                byKind.put(kind, (double) list.stream().filter(SampleResult::inBand).count() / list.size()));
        return byKind;
    }

    /**
     * Share of dimension bands met, per dimension id, over all samples that give one.
     *
     * @return dimension to share
     */
    public Map<String, Double> shareInBandByDimension() {
        var counts = new TreeMap<String, int[]>();
        for (var r : results) {
            r.dimensionsInBand().forEach((d, ok) -> {
                var c = counts.computeIfAbsent(d, k -> new int[2]);
                c[0] += ok ? 1 : 0;
                c[1]++;
            });
        }
        var out = new TreeMap<String, Double>();
        counts.forEach((d, c) -> out.put(d, (double) c[0] / c[1]));
        return out;
    }

    /**
     * Samples naming a misconception that was not detected.
     *
     * @return those results
     */
    public List<SampleResult> undetectedMisconceptions() {
        return results.stream().filter(r -> r.expectedMisconception().isPresent() && !r.misconceptionDetected()).toList();
    }

    /**
     * Samples that do not pass.
     *
     * @return those results
     */
    public List<SampleResult> failures() {
        return results.stream().filter(r -> !r.passes()).toList();
    }

    /**
     * A one-line summary, e.g. {@code in_band=0.96 strong=0.98 ...}.
     *
     * @return the summary
     */
    public String summary() {
        var sb = new StringBuilder(String.format(Locale.ROOT, "samples=%d in_band=%.3f", results.size(), shareInBand()));
        shareInBandByKind().forEach((k, v) -> sb.append(String.format(Locale.ROOT, " %s=%.3f", k.externalName(), v)));
        sb.append(" misconceptions_undetected=").append(undetectedMisconceptions().size());
        return sb.toString();
    }

    /**
     * The summary and the number of samples that do not pass, e.g. {@code CalibrationReport[samples=1679
     * in_band=0.997 … misconceptions_undetected=1, failing=5]}: a track has thousands of samples, so the
     * results themselves are left to {@link #results()} and {@link #failures()}.
     *
     * @return the summary and counts
     */
    @Override
    public String toString() {
        return "CalibrationReport[" + summary() + ", failing=" + failures().size() + "]";
    }
}
