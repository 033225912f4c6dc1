package dev.interviewcoach.core.internal.content;

import dev.interviewcoach.api.ChallengeLevel;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;

/**
 * The content documents as written in YAML, before validation into the model. {@link Binder} reads
 * them by their component names and these annotations; a record it returns is complete: every
 * required component present, every value of the right kind.
 */
final class Docs {
    private Docs() {}

    /** The component must be present and not null. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    @interface Required {}

    /** Text with at least one non-space character; on a list, every item. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    @interface NonBlank {}

    /** An id (lowercase letters, digits, '.', '-', '_', '#'); on a list, every item. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    @interface Id {}

    /** A track id ({@link ContentRules#TRACK_ID}: lowercase letters, digits and dashes). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    @interface TrackId {}

    /** A number above zero. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    @interface Positive {}

    /** Paraphrase sets: lists of lists of phrases, where a bare number (a status code) is read as its text. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    @interface Phrases {}

    /** What an author calls a record, for messages ("expected a challenge, found a list"). */
    static String noun(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "Manifest" -> "a track manifest";
            case "ConceptDoc" -> "a concept";
            case "TopicDoc" -> "a topic";
            case "ChallengeFile" -> "a challenge document (with `challenges:` and/or `boss:`)";
            case "ChallengeDoc" -> "a challenge";
            case "RubricDoc" -> "a rubric";
            case "DimensionDoc" -> "a rubric dimension";
            case "CriterionDoc" -> "a rubric criterion";
            case "MisconceptionDoc" -> "a misconception";
            case "FollowUpDoc" -> "a follow-up";
            case "SourceDoc" -> "a source";
            case "SampleDoc" -> "a calibration sample";
            default -> "a mapping";
        };
    }

    record Manifest(
            @Required @TrackId String id,
            @Required @NonBlank String title,
            @Required @NonBlank String version,
            String description,
            @TrackId String base,
            @NonBlank List<String> outOfScope,
            List<ConceptDoc> concepts,
            List<ConceptDoc> addConcepts,
            Map<String, List<TopicDoc>> addTopics,
            @Id List<String> override,
            @Id List<String> retire,
            @Required @NonBlank List<String> documents) {}

    record ConceptDoc(
            @Required @Id String id,
            @Required @NonBlank String title,
            @Required @Positive Integer order,
            @Required List<TopicDoc> topics) {}

    record TopicDoc(@Required @Id String id, @Required @NonBlank String title) {}

    record ChallengeFile(List<ChallengeDoc> challenges, List<ChallengeDoc> boss) {}

    record ChallengeDoc(
            @Required @Id String id,
            @Required @Id String concept,
            @Required ChallengeLevel rung,
            @Required @Id String topic,
            @Id List<String> secondaryTopics,
            @Required @NonBlank String prompt,
            @NonBlank String scenario,
            @NonBlank List<String> constraints,
            @Positive Integer timeLimitSeconds,
            @Positive Integer wordBudget,
            @Required RubricDoc rubric,
            List<MisconceptionDoc> misconceptions,
            @Required String referenceAnswer,
            @NonBlank List<String> hints,
            List<FollowUpDoc> followUps,
            List<SourceDoc> sources,
            List<SampleDoc> samples) {}

    record RubricDoc(List<DimensionDoc> dimensions, @Required List<CriterionDoc> criteria) {}

    record DimensionDoc(
            @Required @Id String id,
            @Required @NonBlank String title,
            @Required @Id List<String> concepts,
            @Positive Double weight) {}

    record CriterionDoc(
            @Required @Id String id,
            @Required @Positive Double weight,
            Boolean required,
            @Id String topic,
            @Id String dimension,
            @Required @NonBlank String description,
            @Required @Phrases List<List<String>> evidence,
            @Positive Integer minEvidence,
            @NonBlank String feedback,
            @Phrases List<List<String>> counterEvidence) {}

    record MisconceptionDoc(
            @Required @Id String id,
            @Required @NonBlank String shows,
            @Required @Phrases List<List<String>> evidence,
            @Required @NonBlank String correction) {}

    record FollowUpDoc(
            @Required @Id String criterion,
            @Required @NonBlank String question,
            @Phrases List<List<String>> evidence,
            @Positive Integer minEvidence) {}

    record SourceDoc(@Required @NonBlank String title, String url) {}

    record SampleDoc(
            @Required String kind,
            @Required String text,
            @Id String misconception,
            List<Double> band,
            Map<String, List<Double>> dimensions) {}
}
