package dev.interviewcoach.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.CalibrationSample;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Concept;
import dev.interviewcoach.api.DetectedMisconception;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.SampleKind;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.Calibration;
import dev.interviewcoach.core.Graders;
import dev.interviewcoach.core.TrackLoader;
import dev.interviewcoach.examples.content.AcmeTrackProvider;
import dev.interviewcoach.spi.GradingRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A company's challenges layered on the backend track: Acme's track adds a concept and a topic,
 * overrides one base challenge and retires another; its own challenges carry the full material the
 * backend track's do and pass the same gates; the example reaches them through the learner's focus.
 */
class CompanyContentTests {
    private static final TrackLoader TRACKS = CompanyContent.tracks();
    private static final Track ACME = TRACKS.load(AcmeTrackProvider.TRACK);
    private static final Track BASE = TRACKS.load("backend");

    static Stream<Challenge> acmesOwn() {
        return ACME.challenges().stream().filter(c -> !BASE.challenges().contains(c));
    }

    @Test
    void acmesTrackHasNoContentProblem() {
        assertThat(TRACKS.validate(AcmeTrackProvider.TRACK)).isEmpty();
    }

    @Test
    void acmesConceptComesRightAfterTransactionsWithAChallengeOnEveryRung() {
        assertThat(ACME.baseId()).contains("backend");
        assertThat(ACME.concepts()).extracting(Concept::id).containsExactly("http", "rest", "databases", "transactions",
                CompanyContent.ACME_CONCEPT, "caching", "concurrency", "testing", "system-design");
        for (var level : ChallengeLevel.values()) {
            assertThat(ACME.challenges(CompanyContent.ACME_CONCEPT, level)).as(level.name()).hasSize(1);
        }
        assertThat(ACME.concept("http").orElseThrow().topic(CompanyContent.ACME_TOPIC)).isPresent();
    }

    @Test
    void theStatusCodeQuestionIsAcmesOwnInTheBasesPlaceAndTheCorsQuestionIsRetired() {
        var acmes = ACME.challenge("http.define.status-codes").orElseThrow();
        assertThat(acmes).isNotEqualTo(BASE.challenge("http.define.status-codes").orElseThrow());
        assertThat(acmes.prompt().text()).contains("Acme's payments API");
        assertThat(ACME.challenges().indexOf(acmes))
                .isEqualTo(BASE.challenges().indexOf(BASE.challenge("http.define.status-codes").orElseThrow()));
        assertThat(ACME.challenge("http.define.cors")).isEmpty();
        assertThat(BASE.challenge("http.define.cors")).isPresent();
        assertThat(ACME.challenges()).hasSize(BASE.challenges().size() - 1 + 5 + 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acmesOwn")
    void everyOneOfAcmesChallengesCarriesTheFullMaterial(Challenge c) {
        int criteria = c.level() == ChallengeLevel.DESIGN || c.level() == ChallengeLevel.PRESSURE ? 4 : 3;
        assertThat(c.rubric().criteria()).hasSizeGreaterThanOrEqualTo(criteria);
        for (var criterion : c.rubric().criteria()) {
            for (Evidence e : criterion.evidence()) {
                assertThat(e.paraphrases()).as(criterion.id()).hasSizeGreaterThanOrEqualTo(2);
            }
        }
        assertThat(c.misconceptions()).isNotEmpty();
        assertThat(c.hints()).hasSizeGreaterThanOrEqualTo(2);
        var criterionIds = new HashSet<String>();
        c.rubric().criteria().forEach(k -> criterionIds.add(k.id()));
        assertThat(c.followUps()).isNotEmpty().allSatisfy(f -> assertThat(criterionIds).contains(f.criterionId()));
        assertThat(c.sources()).isNotEmpty().allSatisfy(s -> assertThat(s.url()).isPresent());
        var kinds = EnumSet.noneOf(SampleKind.class);
        c.samples().stream().map(CalibrationSample::kind).forEach(kinds::add);
        assertThat(kinds).containsExactlyInAnyOrder(SampleKind.values());
        if (c.level() == ChallengeLevel.PRESSURE) {
            assertThat(c.followUps()).as("an interviewer's push-back").anyMatch(f -> f.question().contains("push"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acmesOwn")
    void theReferenceAnswerScoresStrongOnItsOwnRubricWithoutAMisconceptionAndFitsTheWordBudget(Challenge c) {
        var grade = Graders.rubric().grade(GradingRequest.of(c, Answer.of(c.referenceAnswer())));
        assertThat(grade.misconceptions()).extracting(DetectedMisconception::misconceptionId).isEmpty();
        assertThat(grade.score().orElseThrow()).isGreaterThanOrEqualTo(0.8);
        c.prompt().wordBudget().ifPresent(budget -> assertThat(Answer.of(c.referenceAnswer()).wordCount()).isLessThanOrEqualTo(budget));
    }

    @Test
    void acmesCalibrationSamplesEarnTheirScoreBands() {
        var report = Calibration.run(acmesOwn().toList(), Graders.rubric());
        assertThat(report.results()).hasSize(7 * 6);
        assertThat(report.failures()).as(report.summary()).isEmpty();
    }

    @Test
    void theExampleReachesAcmesConceptThroughTheLearnersFocusRightAfterThePlacement() {
        var bytes = new ByteArrayOutputStream();
        var step = CompanyContent.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), 40);
        assertThat(step).as(bytes.toString(StandardCharsets.UTF_8))
                .hasValueSatisfying(s -> assertThat(s.challenge().conceptId()).isEqualTo(CompanyContent.ACME_CONCEPT));
        assertThat(step.get().why()).startsWith("Your focus: Handling money");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith(
                "Backend Developer Interview at Acme Payments (over backend): 9 concepts, " + ACME.challenges().size()
                        + " challenges, 5 on Acme's concept 'payments'");
    }

    @Test
    void acmesTrackIsAVariantTheHostsProviderServesOverTheDiscoveredBackendTrack() {
        assertThat(TrackLoader.discover().trackIds()).as("Acme's provider is the host's own, not discovered")
                .doesNotContain(AcmeTrackProvider.TRACK).contains("backend");
        assertThat(List.copyOf(CompanyContent.tracks().trackIds())).contains(AcmeTrackProvider.TRACK, "backend");
    }
}
