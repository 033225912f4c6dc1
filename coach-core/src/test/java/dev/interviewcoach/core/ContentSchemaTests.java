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
 * loader can check; and every loader error names the document, line, column and field.
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
        return ContentFixtures.list("manifests").stream();
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
    void brokenReferencesPassTheSchemaButTheLoaderRejectsThemWithTheirPlace(Path fixture) throws IOException {
        assertThat(schemaAccepts("challenges.schema.json", fixture)).as("schema verdict").isTrue();
        assertRejectedWithPlace(fixture, () -> ContentFixtures.loadChallengeDocument(fixture, root));
    }

    private void assertLoaderVerdict(Path fixture, Loading loading) {
        if (expectedValid(fixture)) {
            assertThatCode(loading::load).doesNotThrowAnyException();
        } else {
            assertRejectedWithPlace(fixture, loading);
        }
    }

    private static void assertRejectedWithPlace(Path fixture, Loading loading) {
        ContentException e = catchThrowableOfType(ContentException.class, loading::load);
        assertThat(e).as("the loader rejects " + fixture.getFileName()).isNotNull();
        assertThat(e.resource()).endsWith(fixture.getFileName().toString().equals("track.yaml") ? "track.yaml"
                : e.resource().endsWith("track.yaml") ? "track.yaml" : fixture.getFileName().toString());
        assertThat(e.line()).as("line of: " + e.getMessage()).isPositive();
        assertThat(e.column()).as("column of: " + e.getMessage()).isPositive();
        assertThat(e.field()).as("field of: " + e.getMessage()).startsWith(ContentFixtures.expectedField(fixture));
        assertThat(e.getMessage()).contains(e.resource() + ":" + e.line() + ":" + e.column());
    }

    @FunctionalInterface
    private interface Loading {
        Object load() throws Exception;
    }
}
