package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.LearnerId;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * An answer's text reaches no log by way of the coach: not through a listener's exception (which may
 * quote the event), not through a record printed whole (an attempt, a feedback, an event).
 */
class AnswerTextLogTests {
    private static final String SECRET = "my answer names patient 4711 SECRETANS";

    @Test
    void aRecordThatHoldsAnAnswerPrintsItsLengthNotItsText() {
        var answer = Answer.of(SECRET);
        assertThat(answer.toString()).doesNotContain("SECRETANS").contains("<" + SECRET.length() + " chars>");
        var coach = Coach.builder().tracks(TrackLoader.of(TrackProviders.directory(ContentFixtures.dir("tracks"))))
                .memoryStore(MemoryStores.inMemory()).build();
        var session = coach.session(LearnerId.of("ada"), "mini");
        var feedback = session.submit(session.next().orElseThrow().id(), answer);
        assertThat(feedback.toString()).doesNotContain("SECRETANS");
        assertThat(feedback.attempt().toString()).doesNotContain("SECRETANS");
    }

    @Test
    void aListenerThatThrowsWithTheAnswerInItsMessageIsLoggedWithoutIt() {
        var coach = Coach.builder().tracks(TrackLoader.of(TrackProviders.directory(ContentFixtures.dir("tracks"))))
                .memoryStore(MemoryStores.inMemory())
                .listener(event -> {
                    throw new IllegalStateException("listener choked on " + event);
                })
                .listener(event -> {
                    if (event instanceof CoachEvent.Graded g) {
                        throw new IllegalStateException("choked on " + g.attempt().answer().text());
                    }
                })
                .build();
        var session = coach.session(LearnerId.of("ada"), "mini");
        var err = new ByteArrayOutputStream();
        PrintStream before = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            session.submit(session.next().orElseThrow().id(), Answer.of(SECRET));
        } finally {
            System.setErr(before);
        }
        String logged = err.toString(StandardCharsets.UTF_8);
        assertThat(logged).contains("listener", IllegalStateException.class.getName()).doesNotContain("SECRETANS");
    }
}
