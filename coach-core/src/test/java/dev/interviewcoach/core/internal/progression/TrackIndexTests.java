package dev.interviewcoach.core.internal.progression;

import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.TODAY;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.answer;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.challenge;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.holding;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.progression;
import static dev.interviewcoach.core.internal.progression.ProgressionFixtures.track;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Attempt;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.StepReason;
import dev.interviewcoach.api.Track;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The index progression reads is worked out once per track: shared by the same or an equal track,
 * never by another track with the same id and version; a follow-up is derived once.
 */
class TrackIndexTests {
    @Test
    void theSameTrackAndAnEqualCopyShareOneIndex() {
        var track = track();
        var index = TrackIndex.of(track);
        assertThat(TrackIndex.of(track)).isSameAs(index);
        assertThat(TrackIndex.of(track())).isSameAs(index);
    }

    @Test
    void aChangedTrackWithTheSameIdAndVersionGetsAnIndexOfItsOwn() {
        var track = track();
        var index = TrackIndex.of(track);
        var changed = new Track(track.id(), track.title(), track.version(), track.description(), track.baseId(),
                track.concepts(), track.challenges().subList(1, track.challenges().size()), track.bossChallenges(),
                track.outOfScope());
        var other = TrackIndex.of(changed);
        assertThat(other).isNotSameAs(index);
        assertThat(other.challenge(track.challenges().get(0).id())).isEmpty();
        assertThat(index.challenge(track.challenges().get(0).id())).isPresent();
    }

    @Test
    void aFollowUpAskedAgainIsTheVerySameChallengeSoCachesOfWhatItShowsHit() {
        var progression = progression();
        var state = holding(2, 2);
        var index = TrackIndex.of(track());
        List<Attempt> attempts = new ArrayList<>();
        var first = progression.next(index, state, attempts, EarlierAttempts.none(), TODAY, Optional.empty()).orElseThrow();
        attempts.add(answer(first.challenge(), first.reason(), 0.3, 1, "example"));
        var followUp = progression.next(index, state, attempts, EarlierAttempts.none(), TODAY, Optional.empty()).orElseThrow();
        var again = progression.next(index, state, attempts, EarlierAttempts.none(), TODAY, Optional.empty()).orElseThrow();
        assertThat(followUp.reason()).isEqualTo(StepReason.FOLLOW_UP);
        assertThat(again.challenge()).isSameAs(followUp.challenge());
        assertThat(again.challenge()).isEqualTo(FollowUps.derive(first.challenge(), first.challenge().followUps().get(1)));
    }
}
