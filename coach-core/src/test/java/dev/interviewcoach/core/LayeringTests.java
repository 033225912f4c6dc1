package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Concept;
import dev.interviewcoach.api.ContentProblem;
import dev.interviewcoach.api.Topic;
import dev.interviewcoach.api.Track;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A variant laid over its base track ({@code fixtures/layering}): new concepts, topics and challenges,
 * base challenges overridden by id or retired. Each broken fixture is one misuse; its {@code # expect:}
 * lines name every problem the loader must report, with the document, line, column, field and message.
 */
class LayeringTests {
    @TempDir
    Path root;

    static Stream<Path> brokenVariants() {
        return ContentFixtures.list("layering").stream().filter(f -> f.getFileName().toString().startsWith("bad-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenVariants")
    void everyMisuseOfLayeringIsReportedAtItsPlaceWithItsFieldAndMessage(Path fixture) throws IOException {
        var problems = ContentFixtures.layered(fixture, root).validate("fixture");
        assertThat(problems).extracting(p -> p.resource().replaceFirst("^fixture/", "") + ":" + ContentFixtures.expectLine(p))
                .containsExactlyElementsOf(ContentFixtures.expectedProblems(fixture));
    }

    @Test
    void aVariantAddsAConceptPlacedByItsOrderAmongTheBasesConcepts() throws IOException {
        Track company = company();
        assertThat(company.concepts()).extracting(Concept::id).containsExactly("http", "payments", "caching");
        assertThat(company.concept("payments").orElseThrow().topics()).extracting(Topic::id)
                .containsExactly("payments.amounts", "payments.capture");
        assertThat(company.concept("http").orElseThrow().topics()).extracting(Topic::id)
                .containsExactly("http.idempotency", "http.methods", "http.webhooks");
    }

    @Test
    void theNewConceptHasAChallengeOnEveryRung() throws IOException {
        Track company = company();
        for (var level : ChallengeLevel.values()) {
            assertThat(company.challenges("payments", level)).as(level.name()).hasSize(1);
        }
    }

    @Test
    void anOverriddenChallengeIsReplacedWhereTheBaseHadItAndARetiredOneIsGone() throws IOException {
        var loader = ContentFixtures.layered(ContentFixtures.dir("layering").resolve("good-company.yaml"), root);
        Track base = loader.load("fixture-base");
        Track company = loader.load("fixture");

        Challenge replaced = company.challenge("http.define.idempotency").orElseThrow();
        assertThat(replaced.prompt().text()).contains("payment webhook");
        assertThat(replaced).isNotEqualTo(base.challenge("http.define.idempotency").orElseThrow());
        assertThat(company.challenges().get(0)).isSameAs(replaced);
        assertThat(company.challenge("http.define.methods")).isEmpty();
        assertThat(company.challenges("http", ChallengeLevel.DEFINE)).extracting(Challenge::id)
                .containsExactly("http.define.idempotency", "http.define.webhook-retries");
        assertThat(company.bossChallenges()).isEqualTo(base.bossChallenges());
        assertThat(base.challenge("http.define.methods")).as("the base track itself is unchanged").isPresent();
    }

    @Test
    void theVariantHoldsTheBasesChallengesInTheirOrderThenItsOwn() throws IOException {
        Track company = company();
        assertThat(company.challenges()).extracting(Challenge::id).containsExactly(
                "http.define.idempotency", "http.tradeoffs.put-vs-post", "caching.define.ttl",
                "payments.define.minor-units", "payments.tradeoffs.capture", "payments.debug.drift",
                "payments.design.ledger", "payments.pressure.balance-column", "http.define.webhook-retries");
    }

    @Test
    void aVariantOfAVariantLaysItsOwnLayerOverTheComposedTrack() throws IOException {
        var loader = ContentFixtures.layered(ContentFixtures.dir("layering").resolve("good-company.yaml"), root);
        var team = java.nio.file.Files.createDirectories(root.resolve("team"));
        java.nio.file.Files.writeString(team.resolve("track.yaml"), """
                id: team
                title: The payments team's track
                version: 1.0.0
                base: fixture
                retire: [http.define.webhook-retries]
                documents: []
                """);
        Track teamTrack = TrackLoader.of(TrackProviders.directory(root)).load("team");
        assertThat(teamTrack.challenges()).extracting(Challenge::id).doesNotContain("http.define.webhook-retries")
                .contains("payments.define.minor-units");
        assertThat(loader.validate("fixture")).isEmpty();
    }

    @Test
    void aVariantThatLoadsHasNoProblem() throws IOException {
        var problems = ContentFixtures.layered(ContentFixtures.dir("layering").resolve("good-company.yaml"), root).validate("fixture");
        assertThat(problems).extracting(ContentProblem::toString).isEmpty();
    }

    private Track company() throws IOException {
        return ContentFixtures.layered(ContentFixtures.dir("layering").resolve("good-company.yaml"), root).load("fixture");
    }
}
