package dev.interviewcoach.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code content check} places its warnings on a challenge as it places errors, and suggests the id an override misspells. */
class ContentCheckPlacesTests {
    @TempDir
    Path home;

    /** A variant of the shipped track: its manifest without `documents`. */
    private static final String MANIFEST = """
            id: acme
            title: Acme
            version: 1.0.0
            base: backend
            """;

    /** A challenge on the shipped track's http concept, the third of its samples (line 25) one that says nothing. */
    private static final String CHALLENGE = """
            challenges:
              - id: http.define.acme-replay
                concept: http
                rung: DEFINE
                topic: http.idempotency
                prompt: What does our payment API do with a repeated request?
                rubric:
                  criteria:
                    - id: dedupe
                      weight: 1
                      description: Deduplicates by the idempotency key.
                      evidence: [[idempotency key, dedupe key]]
                misconceptions:
                  - id: twice
                    shows: Charges twice.
                    evidence: [[charges twice]]
                    correction: The key makes the second request return the first result.
                referenceAnswer: It looks up the idempotency key and returns the first result.
                hints:
                  - Think of the key.
                  - What does the second request find?
                samples:
                  - { kind: partial, text: It uses a key. }
                  - { kind: weak, text: It handles it. }
                  - { kind: strong, text: It is about bananas. }
                  - { kind: misconception, misconception: twice, text: It charges twice. }
                  - { kind: keyword-stuffed, text: idempotency key dedupe }
                  - { kind: echo, text: It does something with a repeated request. }
            """;

    @Test
    void aWarningOnAChallengeIsPrintedAtItsFileLineColumnAndFieldAsAnErrorIs() throws IOException {
        Path dir = Files.createDirectories(home.resolve("acme"));
        Files.writeString(dir.resolve("track.yaml"), MANIFEST + "documents: [replay.yaml]\n");
        Files.writeString(dir.resolve("replay.yaml"), CHALLENGE);

        var result = new CliRun(home).run("", "content", "check", dir.toString());

        assertThat(result.code()).as(result.out()).isZero();
        assertThat(result.out()).contains("warning: " + dir.resolve("replay.yaml") + ":25:9 at challenges[0].samples[2]: "
                + "challenge 'http.define.acme-replay' sample 2 (strong) scored 0.00, outside its band");
    }

    @Test
    void anOverrideThatMisspellsAChallengeOfTheShippedTrackIsAnsweredWithTheIdItMeans() throws IOException {
        Path dir = Files.createDirectories(home.resolve("acme"));
        Files.writeString(dir.resolve("track.yaml"), MANIFEST + "override: [http.define.status-code]\ndocuments: []\n");

        var result = new CliRun(home).run("", "content", "check", dir.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out()).contains(dir.resolve("track.yaml") + ":5:12 at override[0]: the base track 'backend' has "
                + "no challenge 'http.define.status-code' to override; did you mean 'http.define.status-codes'?");
    }
}
