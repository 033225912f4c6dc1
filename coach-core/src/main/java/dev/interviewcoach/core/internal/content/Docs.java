package dev.interviewcoach.core.internal.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.interviewcoach.api.ChallengeLevel;
import java.util.List;
import java.util.Map;

/** The content documents as written in YAML, before validation into the model. */
final class Docs {
    private Docs() {}

    record Manifest(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) String title,
            @JsonProperty(required = true) String version,
            String description,
            String base,
            List<String> outOfScope,
            List<ConceptDoc> concepts,
            Map<String, List<TopicDoc>> addTopics,
            @JsonProperty(required = true) List<String> documents) {}

    record ConceptDoc(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) String title,
            @JsonProperty(required = true) Integer order,
            @JsonProperty(required = true) List<TopicDoc> topics) {}

    record TopicDoc(@JsonProperty(required = true) String id, @JsonProperty(required = true) String title) {}

    record ChallengeFile(List<ChallengeDoc> challenges, List<ChallengeDoc> boss) {}

    record ChallengeDoc(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) String concept,
            @JsonProperty(required = true) ChallengeLevel rung,
            @JsonProperty(required = true) String topic,
            List<String> secondaryTopics,
            @JsonProperty(required = true) String prompt,
            String scenario,
            List<String> constraints,
            Integer timeLimitSeconds,
            Integer wordBudget,
            @JsonProperty(required = true) RubricDoc rubric,
            List<MisconceptionDoc> misconceptions,
            @JsonProperty(required = true) String referenceAnswer,
            List<String> hints,
            List<FollowUpDoc> followUps,
            List<SourceDoc> sources,
            List<SampleDoc> samples) {}

    record RubricDoc(List<DimensionDoc> dimensions, @JsonProperty(required = true) List<CriterionDoc> criteria) {}

    record DimensionDoc(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) String title,
            @JsonProperty(required = true) List<String> concepts,
            Double weight) {}

    record CriterionDoc(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) Double weight,
            Boolean required,
            String topic,
            String dimension,
            @JsonProperty(required = true) String description,
            @JsonProperty(required = true) List<List<Object>> evidence,
            Integer minEvidence,
            String feedback,
            List<List<Object>> counterEvidence) {}

    record MisconceptionDoc(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) String shows,
            @JsonProperty(required = true) List<List<Object>> evidence,
            @JsonProperty(required = true) String correction) {}

    record FollowUpDoc(@JsonProperty(required = true) String criterion, @JsonProperty(required = true) String question) {}

    record SourceDoc(@JsonProperty(required = true) String title, String url) {}

    record SampleDoc(
            @JsonProperty(required = true) String kind,
            @JsonProperty(required = true) String text,
            String misconception,
            List<Double> band,
            Map<String, List<Double>> dimensions) {}
}
