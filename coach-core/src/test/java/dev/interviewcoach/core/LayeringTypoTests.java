package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.ContentProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A variant's `override` or `retire` entry that misspells a base challenge's id names the id it most likely means. */
class LayeringTypoTests {
    @TempDir
    Path root;

    private java.util.List<String> problems(String layer) throws IOException {
        var loader = ContentFixtures.layered(ContentFixtures.dir("layering").resolve("good-company.yaml"), root);
        Files.writeString(root.resolve("fixture").resolve("track.yaml"), """
                id: fixture
                title: Fixture company track
                version: 1.0.0
                base: fixture-base
                """ + layer + "documents: []\n");
        return loader.validate("fixture").stream().map(ContentProblem::toString).toList();
    }

    @Test
    void anOverrideThatMisspellsABaseChallengesIdIsAnsweredWithTheIdItMostLikelyMeans() throws IOException {
        assertThat(problems("override: [http.define.idempotence]\n")).containsExactly("fixture/track.yaml:5:12 at "
                + "override[0]: the base track 'fixture-base' has no challenge 'http.define.idempotence' to override; "
                + "did you mean 'http.define.idempotency'?");
    }

    @Test
    void aRetirementThatMisspellsABaseChallengesIdIsAnsweredWithTheIdItMostLikelyMeans() throws IOException {
        assertThat(problems("retire: [http.define.method]\n")).containsExactly("fixture/track.yaml:5:10 at "
                + "retire[0]: the base track 'fixture-base' has no challenge 'http.define.method' to retire; "
                + "did you mean 'http.define.methods'?");
    }

    @Test
    void anOverrideNamingNothingLikeABaseChallengeSuggestsNothing() throws IOException {
        assertThat(problems("override: [payments.define.nothing-alike]\n")).singleElement().asString()
                .endsWith("has no challenge 'payments.define.nothing-alike' to override");
    }
}
