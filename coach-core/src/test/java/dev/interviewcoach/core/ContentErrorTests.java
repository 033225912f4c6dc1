package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.interviewcoach.api.ContentException;
import dev.interviewcoach.api.ContentProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each broken fixture is an author's mistake of one kind; its {@code # expect:} lines say every problem
 * the loader must report for it: the line and column, the field path and the message, word for word.
 */
class ContentErrorTests {
    @TempDir
    Path root;

    static Stream<Path> brokenChallengeDocuments() {
        return Stream.of("challenges", "semantic", "yaml").flatMap(d -> ContentFixtures.list(d).stream())
                .filter(f -> !f.getFileName().toString().startsWith("good-"));
    }

    static Stream<Path> brokenManifests() {
        return ContentFixtures.list("manifests").stream().filter(f -> !f.getFileName().toString().startsWith("good-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenChallengeDocuments")
    void everyProblemOfABrokenDocumentIsReportedAtItsPlaceWithItsFieldAndMessage(Path fixture) {
        var e = catchThrowableOfType(ContentException.class, () -> ContentFixtures.loadChallengeDocument(fixture, root));
        assertThat(e).as("the loader rejects " + fixture.getFileName()).isNotNull();
        assertThat(e.problems()).extracting(ContentFixtures::expectLine)
                .containsExactlyElementsOf(ContentFixtures.expectedProblems(fixture));
        assertThat(e.problems()).extracting(ContentProblem::resource).containsOnly("fixture/" + fixture.getFileName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenManifests")
    void everyProblemOfABrokenManifestIsReportedAtItsPlaceWithItsFieldAndMessage(Path fixture) {
        var e = catchThrowableOfType(ContentException.class, () -> ContentFixtures.loadManifest(fixture, root));
        assertThat(e).as("the loader rejects " + fixture.getFileName()).isNotNull();
        assertThat(e.problems()).extracting(ContentFixtures::expectLine)
                .containsExactlyElementsOf(ContentFixtures.expectedProblems(fixture));
        assertThat(e.problems()).extracting(ContentProblem::resource).containsOnly("fixture/track.yaml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenChallengeDocuments")
    void noMessageNamesALibraryTypeOrQuotesMoreThanAShortExcerpt(Path fixture) {
        var e = catchThrowableOfType(ContentException.class, () -> ContentFixtures.loadChallengeDocument(fixture, root));
        for (ContentProblem p : e.problems()) {
            assertThat(p.message()).doesNotContainPattern("java\\.|javax\\.|com\\.fasterxml|org\\.yaml|[Ss]nake|Exception|ArrayList|Docs\\$");
        }
    }

    @Test
    void aMisspelledKeyIsReportedAtItsOwnLineAndColumnWithTheFieldItMostLikelyMeans() throws IOException {
        Path fixture = ContentFixtures.dir("challenges").resolve("bad-unknown-field.yaml");
        List<String> lines = Files.readAllLines(fixture);
        var p = catchThrowableOfType(ContentException.class, () -> ContentFixtures.loadChallengeDocument(fixture, root))
                .problems().get(0);
        assertThat(lines.get(p.line() - 1).substring(p.column() - 1)).startsWith("promt:");
        assertThat(p.field()).isEqualTo("challenges[1].promt");
        assertThat(p.message()).isEqualTo("unknown field `promt`; did you mean `prompt`?");
    }

    @Test
    void everyProblemOfEveryDocumentIsReportedTogetherSortedByDocumentAndLine() throws IOException {
        Path track = Files.createDirectories(root.resolve("fixture"));
        Files.writeString(track.resolve("track.yaml"), Files.readString(ContentFixtures.dir("manifests").resolve("good-base.yaml"))
                .replace("documents: []", "documents: [b.yaml, a.yaml]"));
        Files.copy(ContentFixtures.dir("challenges").resolve("bad-several-problems.yaml"), track.resolve("b.yaml"));
        Files.copy(ContentFixtures.dir("challenges").resolve("bad-weight-not-number.yaml"), track.resolve("a.yaml"));

        List<ContentProblem> problems = TrackLoader.of(TrackProviders.directory(root)).validate("fixture");

        assertThat(problems).extracting(p -> p.resource() + ":" + ContentFixtures.expectLine(p)).containsExactly(
                "fixture/a.yaml:" + ContentFixtures.expectedProblems(ContentFixtures.dir("challenges").resolve("bad-weight-not-number.yaml")).get(0),
                "fixture/b.yaml:14:19 at challenges[0].rubric.criteria[0].weight: expected a number, found the text 'heavy'",
                "fixture/b.yaml:36:11 at challenges[1].rung: 'EXPLAIN' is not one of [DEFINE, TRADEOFFS, DEBUG, DESIGN, PRESSURE]",
                "fixture/b.yaml:38:5 at challenges[1].promt: unknown field `promt`; did you mean `prompt`?");
    }

    @Test
    void theExceptionOfAFailedLoadListsEveryProblemOneALine() throws IOException {
        Path fixture = ContentFixtures.dir("challenges").resolve("bad-several-problems.yaml");
        var e = catchThrowableOfType(ContentException.class, () -> ContentFixtures.loadChallengeDocument(fixture, root));
        assertThat(e.getMessage()).isEqualTo("3 problems in the content:\n"
                + "  fixture/bad-several-problems.yaml:14:19 at challenges[0].rubric.criteria[0].weight: expected a number, "
                + "found the text 'heavy'\n"
                + "  fixture/bad-several-problems.yaml:36:11 at challenges[1].rung: 'EXPLAIN' is not one of "
                + "[DEFINE, TRADEOFFS, DEBUG, DESIGN, PRESSURE]\n"
                + "  fixture/bad-several-problems.yaml:38:5 at challenges[1].promt: unknown field `promt`; did you mean `prompt`?");
        assertThat(e.resource()).isEqualTo("fixture/bad-several-problems.yaml");
        assertThat(e.line()).isEqualTo(14);
        assertThat(e.column()).isEqualTo(19);
        assertThat(e.field()).isEqualTo("challenges[0].rubric.criteria[0].weight");
    }

    @Test
    void aTrackIdOutsideLowercaseLettersDigitsAndDashesIsReportedAtTheManifestIdWithOneMessageWhateverItBreaks()
            throws IOException {
        for (String id : List.of("my_track", "Acme_Platform", "-acme")) {
            Path track = Files.createDirectories(root.resolve(id));
            Files.writeString(track.resolve("track.yaml"), Files.readString(ContentFixtures.dir("manifests")
                    .resolve("good-base.yaml")).replace("id: fixture", "id: \"" + id + "\""));
            assertThat(TrackLoader.of(TrackProviders.directory(root)).validate(id)).extracting(ContentProblem::toString)
                    .containsExactly(id + "/track.yaml:2:5 at id: a track id is lowercase letters, digits and dashes, "
                            + "starting with a letter or digit, e.g. `backend-go`; was '" + id + "'");
        }
    }

    @Test
    void aVariantsBaseThatIsNoTrackIdIsReportedAtItWithTheTrackIdMessage() throws IOException {
        Path track = Files.createDirectories(root.resolve("acme"));
        Files.writeString(track.resolve("track.yaml"), "id: acme\ntitle: Acme\nversion: 1.0.0\nbase: Backend_Track\n"
                + "documents:\n  - acme.yaml\n");
        assertThat(TrackLoader.of(TrackProviders.directory(root)).validate("acme")).extracting(ContentProblem::toString)
                .contains("acme/track.yaml:4:7 at base: a track id is lowercase letters, digits and dashes, "
                        + "starting with a letter or digit, e.g. `backend-go`; was 'Backend_Track'")
                .noneMatch(p -> p.contains("needs concepts"));
    }

    @Test
    void aManifestThatCannotBeOpenedIsAContentProblemOfTheManifest() throws IOException {
        Files.createDirectories(root.resolve("fixture"));
        var loader = TrackLoader.of(new dev.interviewcoach.spi.TrackProvider() {
            @Override
            public java.util.Set<String> trackIds() {
                return java.util.Set.of("fixture");
            }

            @Override
            public java.io.InputStream open(dev.interviewcoach.spi.DocumentRequest request) throws IOException {
                throw new java.nio.file.NoSuchFileException(request.name());
            }
        });
        assertThat(loader.validate("fixture")).extracting(ContentProblem::toString)
                .containsExactly("fixture/track.yaml: the manifest cannot be opened: no such document");
    }

    @Test
    void aManifestProblemThatLeavesTheConceptsWholeDoesNotHideTheDocumentsReferenceProblems() throws IOException {
        Path track = Files.createDirectories(root.resolve("fixture"));
        Files.writeString(track.resolve("track.yaml"), Files.readString(ContentFixtures.dir("manifests").resolve("good-base.yaml"))
                .replace("outOfScope:", "descripton: A typo.\noutOfScope:")
                .replace("documents: []", "documents: [unknown-concept.yaml]"));
        Files.copy(ContentFixtures.dir("semantic").resolve("unknown-concept.yaml"), track.resolve("unknown-concept.yaml"));

        assertThat(TrackLoader.of(TrackProviders.directory(root)).validate("fixture")).extracting(ContentProblem::toString)
                .containsExactly("fixture/track.yaml:5:1 at descripton: unknown field `descripton`; did you mean `description`?",
                        "fixture/unknown-concept.yaml:5:14 at challenges[0].concept: no concept 'frontend' in the track; known: http");
    }

    @Test
    void aBareNumberInEvidenceIsTheTextAsWrittenNotTheNumberYamlReadsInIt() throws IOException {
        Path track = Files.createDirectories(root.resolve("fixture"));
        Files.writeString(track.resolve("track.yaml"), Files.readString(ContentFixtures.dir("manifests").resolve("good-base.yaml"))
                .replace("documents: []", "documents: [good-full.yaml]"));
        Files.writeString(track.resolve("good-full.yaml"), Files.readString(ContentFixtures.dir("challenges")
                .resolve("good-full.yaml")).replace("- [jitter, random delay]", "- [jitter, random delay]\n"
                        + "            - [0644, 12:30, 0x1F, 0.10, 429]\n            -\n              - 0644\n              - 0.10"));

        var challenge = TrackLoader.of(TrackProviders.directory(root)).load("fixture").challenges().get(0);

        var phrases = challenge.rubric().criteria().stream().flatMap(c -> c.evidence().stream())
                .flatMap(e -> e.paraphrases().stream()).toList();
        assertThat(phrases).contains("0644", "12:30", "0x1F", "0.10", "429");
    }

    @Test
    void validateReportsABossDimensionNoCriterionFeedsAtItsLineThoughTheTrackLoads() throws IOException {
        Path track = Files.createDirectories(root.resolve("fixture"));
        Files.writeString(track.resolve("track.yaml"), Files.readString(ContentFixtures.dir("manifests").resolve("good-base.yaml"))
                .replace("documents: []", "documents: [boss.yaml]"));
        String boss = Files.readString(ContentFixtures.dir("challenges").resolve("good-boss.yaml"))
                .replace("        - { id: resilience, title: Failure handling, concepts: [http] }\n",
                        "        - { id: resilience, title: Failure handling, concepts: [http] }\n"
                                + "        - { id: testing, title: Tests, concepts: [http] }\n");
        Files.writeString(track.resolve("boss.yaml"), boss);
        var loader = TrackLoader.of(TrackProviders.directory(root));
        assertThat(loader.load("fixture").bossChallenges()).hasSize(1);
        assertThat(loader.validate("fixture")).filteredOn(p -> p.message().contains("dimension"))
                .singleElement().satisfies(p -> {
                    assertThat(p.resource()).isEqualTo("fixture/boss.yaml");
                    assertThat(p.line()).isEqualTo(14);
                    assertThat(p.field()).isEqualTo("boss[0].rubric.dimensions[2].id");
                    assertThat(p.message()).startsWith("no criterion has dimension 'testing'");
                });
    }

    @Test
    void validateAsksOnlyForTheMissingRungsOfASmallTrackThatLoads() throws IOException {
        Path fixture = ContentFixtures.dir("challenges").resolve("good-full.yaml");
        Path track = Files.createDirectories(root.resolve("fixture"));
        Files.writeString(track.resolve("track.yaml"), Files.readString(ContentFixtures.dir("manifests").resolve("good-base.yaml"))
                .replace("documents: []", "documents: [good-full.yaml]"));
        Files.copy(fixture, track.resolve("good-full.yaml"));
        var loader = TrackLoader.of(TrackProviders.directory(root));
        assertThat(loader.load("fixture").challenges()).isNotEmpty();
        assertThat(loader.validate("fixture")).isNotEmpty().allSatisfy(p -> {
            assertThat(p.resource()).isEqualTo("fixture/track.yaml");
            assertThat(p.line()).isPositive();
            assertThat(p.field()).startsWith("concepts[");
            assertThat(p.message()).contains("has no challenge at").contains("every concept needs a challenge on all five rungs");
        });
    }
}
