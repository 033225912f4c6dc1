package dev.interviewcoach.content.backend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.core.TrackAdvice;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * No evidence phrase of the shipped tracks is met by one of its words alone: a phrase whose other
 * words are grammar to the grader ("never just the debit") credits any answer that says the word,
 * right or wrong. The content check names such phrases; here none may remain.
 */
class HollowPhraseTests {
    @Test
    void noPhraseOfTheBackendTracksIsMetByOneOfItsWordsAlone() {
        assertThat(TrackAdvice.of(Tracks.BACKEND)).filteredOn(a -> a.contains("alone")).isEmpty();
        assertThat(TrackAdvice.of(Tracks.BACKEND_GO, Optional.of(Tracks.BACKEND)))
                .filteredOn(a -> a.contains("alone")).isEmpty();
    }
}
