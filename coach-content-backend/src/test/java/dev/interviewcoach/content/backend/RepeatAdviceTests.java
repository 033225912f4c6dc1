package dev.interviewcoach.content.backend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.core.TrackAdvice;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The shipped tracks give none of the content check's warnings about what a learner would meet as a
 * repeat: a concept with a single question on a rung, or a calibration sample a session would refuse
 * as a copy of what the coach shows.
 */
class RepeatAdviceTests {
    @Test
    void noRungHasASingleQuestionAndNoSampleWouldBeRefusedAsACopy() {
        List<String> advice = new java.util.ArrayList<>(TrackAdvice.of(Tracks.BACKEND));
        advice.addAll(TrackAdvice.of(Tracks.BACKEND_GO, Optional.of(Tracks.BACKEND)));

        assertThat(advice).filteredOn(a -> a.contains("has a single challenge") || a.contains("refused as a copy")).isEmpty();
    }
}
