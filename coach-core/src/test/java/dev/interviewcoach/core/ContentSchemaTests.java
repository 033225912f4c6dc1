package dev.interviewcoach.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.interviewcoach.api.ContentException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped JSON Schema and the loader agree: every fixture the schema rejects the loader rejects,
 * every fixture the schema accepts the loader accepts, unless it breaks a cross-reference rule only the
 * loader can check ({@code semantic/}). What the loader refuses below the JSON data model (YAML anchors,
 * aliases and tags, in {@code yaml/}) the schema never sees; {@link ContentErrorTests} covers those.
 */
class ContentSchemaTests {
    // A document with duplicate keys is not an instance of the JSON data model: the schema side rejects it too.
    private static final ObjectMapper YAML = new ObjectMapper(
            YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    @TempDir
    Path root;

    static Stream<Path> challengeFixtures() {
        return ContentFixtures.list("challenges").stream();
    }

    static Stream<Path> manifestFixtures() {
        return ContentFixtures.list("manifests").stream()
                // the schema sees one document; these are refused for what the manifest names, not its shape
                .filter(f -> !f.getFileName().toString().matches("bad-document-(missing|name)\\.yaml"))
                // nor can a JSON schema say that the ids of a list's items differ
                .filter(f -> !f.getFileName().toString().matches("bad-(concept|topic)-listed-twice\\.yaml"));
    }

    static Stream<Path> semanticFixtures() {
        return ContentFixtures.list("semantic").stream();
    }

    private static JsonSchema schema(String name) throws IOException {
        try (InputStream in = ContentSchemaTests.class.getResourceAsStream("/interview-coach/schema/" + name)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static boolean schemaAccepts(String schemaName, Path fixture) throws IOException {
        JsonNode node;
        try {
            node = YAML.readTree(fixture.toFile());
        } catch (JsonProcessingException e) {
            return false;
        }
        var errors = schema(schemaName).validate(node);
        return errors.isEmpty();
    }

    private static boolean expectedValid(Path fixture) {
        return fixture.getFileName().toString().startsWith("good-");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("challengeFixtures")
    void theLoaderAndTheSchemaGiveTheSameVerdictOnEveryChallengeFixture(Path fixture) throws IOException {
        assertThat(schemaAccepts("challenges.schema.json", fixture)).as("schema verdict").isEqualTo(expectedValid(fixture));
        assertLoaderVerdict(fixture, () -> ContentFixtures.loadChallengeDocument(fixture, root));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifestFixtures")
    void theLoaderAndTheSchemaGiveTheSameVerdictOnEveryManifestFixture(Path fixture) throws IOException {
        assertThat(schemaAccepts("track-manifest.schema.json", fixture)).as("schema verdict").isEqualTo(expectedValid(fixture));
        assertLoaderVerdict(fixture, () -> ContentFixtures.loadManifest(fixture, root));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("semanticFixtures")
    void brokenReferencesPassTheSchemaButTheLoaderRejectsThem(Path fixture) throws IOException {
        assertThat(schemaAccepts("challenges.schema.json", fixture)).as("schema verdict").isTrue();
        assertThat(catchThrowableOfType(ContentException.class, () -> ContentFixtures.loadChallengeDocument(fixture, root)))
                .as("the loader rejects " + fixture.getFileName()).isNotNull();
    }

    static Stream<Path> layeringFixtures() {
        return ContentFixtures.list("layering").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layeringFixtures")
    void aVariantsMisusesOfItsBaseNeedTheBaseToSeeSoTheSchemaSeesOnlyAListedTwiceId(Path fixture) throws IOException {
        // the schema has no base track to check ids against; it sees an id listed twice (uniqueItems)
        boolean schemaSees = fixture.getFileName().toString().equals("bad-listed-twice.yaml");
        assertThat(schemaAccepts("track-manifest.schema.json", fixture)).as("schema verdict").isEqualTo(!schemaSees);
        assertThat(ContentFixtures.layered(fixture, root).validate("fixture")).as("loader problems")
                .matches(problems -> problems.isEmpty() == expectedValid(fixture));
    }

    private static void assertLoaderVerdict(Path fixture, Loading loading) {
        if (expectedValid(fixture)) {
            assertThatCode(loading::load).doesNotThrowAnyException();
        } else {
            assertThat(catchThrowableOfType(ContentException.class, loading::load))
                    .as("the loader rejects " + fixture.getFileName()).isNotNull();
        }
    }

    @FunctionalInterface
    private interface Loading {
        Object load() throws Exception;
    }
}
