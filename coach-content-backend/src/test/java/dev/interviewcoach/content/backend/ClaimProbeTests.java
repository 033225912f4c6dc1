package dev.interviewcoach.content.backend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.DetectedMisconception;
import dev.interviewcoach.core.Graders;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Misconceptions are caught in the wordings listed, and never in a sentence that rejects them. The
 * probes in {@code claim-probes/CONCEPT.yaml} state each misconception's wrong claim as different
 * candidates would say it (only the wordings the shipped evidence catches are listed: the rest is the
 * recall gap BENCHMARKS.md describes), and sentences a strong candidate would use to reject or
 * contrast it ("unlike read-through, ...", "a common mistake is ..."), every one of which must leave
 * the challenge's misconceptions undetected.
 */
class ClaimProbeTests {
    private static final Grader RUBRIC = Graders.rubric();

    /** One file's probes. */
    record Probes(List<Probe> probes) {}

    /** One misconception's claims (each must be caught) and rejections (none may be). */
    record Probe(String challenge, String misconception, List<String> claims, List<String> rejections) {}

    static List<Path> files() {
        try {
            var folder = Path.of(Objects.requireNonNull(ClaimProbeTests.class.getResource("/claim-probes")).toURI());
            try (var paths = Files.list(folder)) {
                return paths.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Probe> probes() {
        var mapper = new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        var all = new ArrayList<Probe>();
        for (var file : files()) {
            try {
                all.addAll(mapper.readValue(file.toFile(), Probes.class).probes());
            } catch (IOException e) {
                throw new UncheckedIOException(file.getFileName() + ": " + e.getMessage(), e);
            }
        }
        return all;
    }

    static Stream<Arguments> claims() {
        return probes().stream().flatMap(p -> p.claims().stream().map(c -> Arguments.of(p.challenge(), p.misconception(), c)));
    }

    static Stream<Arguments> rejections() {
        return probes().stream().flatMap(p -> p.rejections().stream().map(r -> Arguments.of(p.challenge(), p.misconception(), r)));
    }

    private static Challenge challenge(String id) {
        return Tracks.everyChallenge().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no challenge " + id));
    }

    private static List<String> detected(String challengeId, String text) {
        return RUBRIC.grade(GradingRequest.of(challenge(challengeId), Answer.of(text))).misconceptions().stream()
                .map(DetectedMisconception::misconceptionId).toList();
    }

    @Test
    void everyProbeNamesAMisconceptionOfItsChallengeAndRejectsIt() {
        assertThat(probes()).isNotEmpty().allSatisfy(p -> {
            assertThat(challenge(p.challenge()).misconceptions()).extracting(m -> m.id()).contains(p.misconception());
            assertThat(p.rejections()).as(p.challenge() + " " + p.misconception() + " rejections").isNotEmpty();
        });
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("claims")
    void aWrongClaimInAnyWordingIsCaughtAsItsMisconception(String challenge, String misconception, String claim) {
        assertThat(detected(challenge, claim)).as("%s %s claim: %s", challenge, misconception, claim).contains(misconception);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("rejections")
    void aSentenceThatRejectsOrContrastsTheClaimIsNotTakenForAnyMisconception(String challenge, String misconception,
            String rejection) {
        assertThat(detected(challenge, rejection)).as("%s %s rejection: %s", challenge, misconception, rejection).isEmpty();
    }
}
