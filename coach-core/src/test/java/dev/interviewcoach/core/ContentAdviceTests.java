package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.ContentAdvice.Kind;
import dev.interviewcoach.core.ContentAdvice.Location;
import dev.interviewcoach.core.internal.BossFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The track advice as records an author's test can filter by kind and challenge, each placed at the
 * document, line, column and field it is about when the track was read from its documents.
 */
class ContentAdviceTests {
    @TempDir
    Path root;

    private static final String MANIFEST = """
            id: mini
            title: Mini
            version: 0.1.0
            description: One concept.
            concepts:
              - id: queues
                title: Queues
                order: 1
                topics:
                  - id: queues.delivery
                    title: Delivery
            documents: [queues.yaml]
            """;

    /**
     * One challenge (line 2) whose strong sample says nothing (line 27: outside its band) and whose
     * misconception's phrase "second delivery" (line 19) its own correction (line 20) says.
     */
    private static final String DOCUMENT = """
            challenges:
              - id: queues.define.at-least-once
                concept: queues
                rung: DEFINE
                topic: queues.delivery
                prompt: What does at-least-once delivery promise?
                rubric:
                  criteria:
                    - id: redelivery
                      weight: 1
                      description: Says a message may arrive more than once.
                      evidence: [[may arrive more than once, redelivered, delivered again]]
                misconceptions:
                  - id: exactly-once
                    shows: Believes each message arrives exactly once.
                    evidence:
                      - - arrives exactly once
                      - - handled one time only
                        - second delivery
                    correction: A message may be redelivered, so the consumer must make a second delivery harmless.
                referenceAnswer: Each message is delivered at least once and may be redelivered after a failure.
                hints:
                  - Think of a consumer that crashes.
                  - What happens to a message nobody acknowledged?
                samples:
                  - { kind: partial, text: A message may be redelivered. }
                  - { kind: strong, text: It is about bananas. }
                  - { kind: weak, text: It is fast. }
                  - { kind: misconception, misconception: exactly-once, text: Every message arrives exactly once. }
                  - { kind: keyword-stuffed, text: redelivered once delivery message }
                  - { kind: echo, text: At-least-once delivery promises something. }
            """;

    private Path document;

    private TrackLoader write(String text) throws IOException {
        Path mini = Files.createDirectories(root.resolve("mini"));
        Files.writeString(mini.resolve("track.yaml"), MANIFEST);
        document = Files.writeString(mini.resolve("queues.yaml"), text);
        return TrackLoader.of(TrackProviders.directory(mini));
    }

    private static ContentAdvice only(List<ContentAdvice> advice, Kind kind) {
        return advice.stream().filter(a -> a.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + advice));
    }

    /** The advice on the strong sample, which says nothing of the question. */
    private static ContentAdvice strongSample(List<ContentAdvice> advice) {
        return advice.stream().filter(a -> a.kind() == Kind.SAMPLE_OUT_OF_BAND && a.message().contains("(strong)"))
                .findFirst().orElseThrow(() -> new AssertionError("no strong sample out of its band in " + advice));
    }

    @Test
    void aSampleOutsideItsBandIsAdvisedOnAtItsDocumentLineColumnAndFieldWithItsKindAndChallenge() throws IOException {
        Track track = write(DOCUMENT).load("mini");

        var advice = strongSample(TrackAdvice.advise(track));

        assertThat(advice.challengeId()).contains("queues.define.at-least-once");
        assertThat(advice.path()).isEqualTo("samples[1]");
        assertThat(advice.location()).contains(new Location("mini/queues.yaml", 27, 9, "challenges[0].samples[1]"));
        assertThat(advice.toString()).startsWith("mini/queues.yaml:27:9 at challenges[0].samples[1]: challenge "
                + "'queues.define.at-least-once' sample 1 (strong) scored");
    }

    @Test
    void aMisconceptionOnItsOwnCorrectionQuotesThePhraseThatMatchedAndTheWordsItMatchedAndIsPlacedAtThatPhrase()
            throws IOException {
        Track track = write(DOCUMENT).load("mini");

        var advice = only(TrackAdvice.advise(track), Kind.MISCONCEPTION_ON_ITS_CORRECTION);

        assertThat(advice.path()).isEqualTo("misconceptions[0].evidence[1][1]");
        assertThat(advice.location()).contains(new Location("mini/queues.yaml", 19, 15,
                "challenges[0].misconceptions[0].evidence[1][1]"));
        assertThat(advice.message()).isEqualTo("challenge 'queues.define.at-least-once': misconception 'exactly-once' "
                + "fires on its own correction, so an answer that says the right thing is marked wrong: its phrase "
                + "'second delivery' matches 'second delivery' in the correction; narrow its evidence");
    }

    @Test
    void aRungWithASingleChallengeIsAdvisedOnAtThatChallenge() throws IOException {
        Track track = write(DOCUMENT).load("mini");

        var advice = TrackAdvice.advise(track).stream().filter(a -> a.kind() == Kind.THIN_RUNG).toList();

        assertThat(advice).singleElement().satisfies(a -> {
            assertThat(a.challengeId()).contains("queues.define.at-least-once");
            assertThat(a.path()).isEmpty();
            assertThat(a.location()).contains(new Location("mini/queues.yaml", 2, 5, "challenges[0]"));
            assertThat(a.message()).startsWith("concept 'queues' has a single challenge at DEFINE");
        });
    }

    @Test
    void aDocumentChangedSinceTheTrackWasReadPlacesItsAdviceAtTheChallengeRatherThanAtAStaleLine() throws IOException {
        Track track = write(DOCUMENT).load("mini");
        Files.writeString(document, "# a comment that moves every line down\n\n\n" + DOCUMENT);

        var advice = strongSample(TrackAdvice.advise(track));

        assertThat(advice.location()).as("the challenge's place as read, with the field it is about")
                .contains(new Location("mini/queues.yaml", 2, 5, "challenges[0].samples[1]"));
    }

    @Test
    void aTrackBuiltInCodeIsAdvisedWithoutALocationButWithTheChallengeAndThePathInsideIt() {
        var track = BossFixtures.track();

        var advice = TrackAdvice.advise(track);

        assertThat(advice).isNotEmpty().allSatisfy(a -> {
            assertThat(a.location()).isEmpty();
            assertThat(a.challengeId()).isPresent();
        });
        var thin = only(advice, Kind.THIN_RUNG);
        assertThat(thin.toString()).isEqualTo(thin.message()).contains("'" + thin.challengeId().orElseThrow() + "'");
    }

    @Test
    void theAdviceAsTextIsTheMessagesOfTheAdviceAsRecords() throws IOException {
        Track track = write(DOCUMENT).load("mini");

        assertThat(TrackAdvice.of(track)).containsExactlyElementsOf(
                TrackAdvice.advise(track).stream().map(ContentAdvice::message).toList());
    }

    @Test
    void aVariantLeavingABaseChallengeAloneOnItsRungIsAdvisedAtThatChallengeInTheBasesDocument() throws IOException {
        var loader = ContentFixtures.layered(ContentFixtures.dir("layering").resolve("good-company.yaml"), root);
        Files.writeString(root.resolve("fixture").resolve("track.yaml"), """
                id: fixture
                title: Fixture company track
                version: 1.0.0
                base: fixture-base
                retire: [http.define.methods]
                documents: []
                """);
        Track base = loader.load("fixture-base");
        Track variant = loader.load("fixture");

        var advice = TrackAdvice.advise(variant, Optional.of(base));

        assertThat(advice).filteredOn(a -> a.kind() == Kind.THIN_RUNG).singleElement().satisfies(a -> {
            assertThat(a.challengeId()).contains("http.define.idempotency");
            assertThat(a.location()).contains(new Location("fixture-base/http.yaml", 2, 5, "challenges[0]"));
        });
    }
}
