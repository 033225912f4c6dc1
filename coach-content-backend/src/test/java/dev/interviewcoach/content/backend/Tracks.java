package dev.interviewcoach.content.backend;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.TrackLoader;
import java.util.List;
import java.util.stream.Stream;

/** The shipped tracks, loaded once through the real provider and loader. */
final class Tracks {
    static final TrackLoader LOADER = TrackLoader.of(new BackendTrackProvider());
    static final Track BACKEND = LOADER.load("backend");
    static final Track BACKEND_GO = LOADER.load("backend-go");
    static final String GO_TOPIC = "concurrency.go-goroutines-channels";

    private Tracks() {}

    static List<Challenge> everyChallenge() {
        return Stream.concat(BACKEND_GO.challenges().stream(), BACKEND_GO.bossChallenges().stream()).toList();
    }
}
