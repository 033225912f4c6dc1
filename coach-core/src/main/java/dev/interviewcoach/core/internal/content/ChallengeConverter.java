package dev.interviewcoach.core.internal.content;

import dev.interviewcoach.api.CalibrationSample;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Criterion;
import dev.interviewcoach.api.Dimension;
import dev.interviewcoach.api.Evidence;
import dev.interviewcoach.api.FollowUp;
import dev.interviewcoach.api.Misconception;
import dev.interviewcoach.api.Prompt;
import dev.interviewcoach.api.Rubric;
import dev.interviewcoach.api.SampleKind;
import dev.interviewcoach.api.ScoreBand;
import dev.interviewcoach.api.Source;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Converts the challenges of one document into the model: checks the authoring rules ({@link
 * ContentRules}) and every reference, recording each problem at its place, and builds the challenges
 * that have none.
 */
final class ChallengeConverter {
    private final Where at;
    private final Optional<Set<String>> conceptIds;
    private final Map<String, String> topicOwner;

    /**
     * A converter for one document.
     *
     * @param at the document
     * @param conceptIds the track's concepts; empty when the manifest is broken, and references
     *     to concepts and topics cannot be checked
     * @param topicOwner the concept of each topic
     */
    /** Whether to check what learners need to work through a question: a criterion in every dimension. */
    private final boolean complete;

    ChallengeConverter(Where at, Optional<Set<String>> conceptIds, Map<String, String> topicOwner, boolean complete) {
        this.at = at;
        this.conceptIds = conceptIds;
        this.topicOwner = topicOwner;
        this.complete = complete;
    }

    List<Challenge> convertAll(List<Docs.ChallengeDoc> docs, String list, Map<String, String> seen, boolean boss) {
        if (docs == null) {
            return List.of();
        }
        var out = new ArrayList<Challenge>();
        for (int i = 0; i < docs.size(); i++) {
            var doc = docs.get(i);
            if (doc == null) {
                continue; // did not fit the format; its problems are recorded
            }
            String field = list + "[" + i + "]";
            Position first = at.locations().part(doc, "id");
            String previous = seen.putIfAbsent(doc.id(), at.resource() + (first.line() > 0 ? ":" + first.line() + ":"
                    + first.column() : ""));
            if (previous != null) {
                at.at(doc, "id", field + ".id", "duplicate challenge id " + Excerpt.quote(doc.id()) + " (first in " + previous + ")");
            }
            convert(doc, field, boss).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Challenge> convert(Docs.ChallengeDoc d, String field, boolean boss) {
        int before = at.problems().size();
        // a concept the track lacks is the mistake, not an id that names the concept meant
        boolean conceptKnown = conceptIds.map(concepts -> concepts.contains(d.concept())).orElse(true);
        ContentRules.challenge(d, field, boss, conceptKnown, at);
        conceptIds.ifPresent(concepts -> references(d, field, concepts));
        unique(d.rubric().criteria(), Docs.CriterionDoc::id, field + ".rubric.criteria", "criterion");
        unique(orEmpty(d.rubric().dimensions()), Docs.DimensionDoc::id, field + ".rubric.dimensions", "dimension");
        unique(orEmpty(d.misconceptions()), Docs.MisconceptionDoc::id, field + ".misconceptions", "misconception");
        var criterionIds = new HashSet<String>();
        d.rubric().criteria().forEach(c -> criterionIds.add(c.id()));
        var followedUp = new HashSet<String>();
        for (int i = 0; i < orEmpty(d.followUps()).size(); i++) {
            var f = d.followUps().get(i);
            if (!criterionIds.contains(f.criterion())) {
                at.at(f, "criterion", field + ".followUps[" + i + "].criterion",
                        "no criterion " + Excerpt.quote(f.criterion()) + " in this challenge's rubric");
            } else if (!followedUp.add(f.criterion())) {
                at.at(f, "criterion", field + ".followUps[" + i + "].criterion", "a second follow-up on criterion "
                        + Excerpt.quote(f.criterion()) + ": a criterion has at most one follow-up, which its id names");
            }
            minEvidence(f, f.evidence(), f.minEvidence(), field + ".followUps[" + i + "]",
                    "a follow-up without evidence of its own is graded on its criterion's minEvidence");
        }
        for (int i = 0; i < d.rubric().criteria().size(); i++) {
            var c = d.rubric().criteria().get(i);
            minEvidence(c, c.evidence(), c.minEvidence(), field + ".rubric.criteria[" + i + "]", "");
        }
        var misconceptionIds = new HashSet<String>();
        orEmpty(d.misconceptions()).forEach(m -> misconceptionIds.add(m.id()));
        var dimensionIds = new HashSet<String>();
        orEmpty(d.rubric().dimensions()).forEach(dim -> dimensionIds.add(dim.id()));
        if (complete) {
            var fed = new HashSet<String>();
            d.rubric().criteria().forEach(c -> fed.add(c.dimension()));
            for (int i = 0; i < orEmpty(d.rubric().dimensions()).size(); i++) {
                var dim = d.rubric().dimensions().get(i);
                if (dim.id() != null && !fed.contains(dim.id())) {
                    at.at(dim, "id", field + ".rubric.dimensions[" + i + "].id", "no criterion has dimension "
                            + Excerpt.quote(dim.id()) + ", so it scores 0 for every answer and the question can never "
                            + "pass; give it criteria or remove it");
                }
            }
        }
        var samples = new ArrayList<CalibrationSample>();
        for (int i = 0; i < orEmpty(d.samples()).size(); i++) {
            samples.add(sample(d.samples().get(i), field + ".samples[" + i + "]", misconceptionIds, dimensionIds));
        }
        if (at.problems().size() > before) {
            return Optional.empty();
        }
        return build(d, field, samples);
    }

    /** Concepts and topics named by the challenge exist, and every secondary topic has a criterion. */
    private void references(Docs.ChallengeDoc d, String field, Set<String> concepts) {
        if (!concepts.contains(d.concept())) {
            at.at(d, "concept", field + ".concept", "no concept " + Excerpt.quote(d.concept()) + " in the track"
                    + Suggestions.closest(d.concept(), concepts).map(c -> "; did you mean '" + c + "'?")
                            .orElse("; known: " + String.join(", ", new java.util.TreeSet<>(concepts))));
        } else if (!d.concept().equals(topicOwner.get(d.topic()))) {
            var own = new java.util.TreeSet<String>();
            topicOwner.forEach((topic, concept) -> {
                if (concept.equals(d.concept())) {
                    own.add(topic);
                }
            });
            String known = d.topic() == null ? "" : Suggestions.closest(d.topic(), own).map(t -> "; did you mean '" + t + "'?")
                    .orElse(own.isEmpty() ? "" : "; its topics: " + String.join(", ", own));
            at.at(d, "topic", field + ".topic", Excerpt.quote(d.topic()) + " is not a topic of concept '" + d.concept() + "'"
                    + known);
        }
        var criterionTopics = new HashSet<String>();
        d.rubric().criteria().forEach(c -> criterionTopics.add(c.topic() == null ? d.topic() : c.topic()));
        List<String> secondary = orEmpty(d.secondaryTopics());
        for (int i = 0; i < secondary.size(); i++) {
            String t = secondary.get(i);
            if (!topicOwner.containsKey(t)) {
                at.at(secondary, i, field + ".secondaryTopics[" + i + "]", "no topic " + Excerpt.quote(t) + " in the track");
            } else if (!criterionTopics.contains(t)) {
                at.at(d, "secondaryTopics", field + ".secondaryTopics",
                        "secondary topic " + Excerpt.quote(t) + " has no criterion that checks it");
            }
        }
        for (int i = 0; i < orEmpty(d.rubric().dimensions()).size(); i++) {
            var dim = d.rubric().dimensions().get(i);
            for (int j = 0; j < dim.concepts().size(); j++) {
                if (!concepts.contains(dim.concepts().get(j))) {
                    at.at(dim.concepts(), j, field + ".rubric.dimensions[" + i + "].concepts[" + j + "]",
                            "no concept " + Excerpt.quote(dim.concepts().get(j)) + " in the track");
                }
            }
        }
        for (int i = 0; i < d.rubric().criteria().size(); i++) {
            var c = d.rubric().criteria().get(i);
            if (c.topic() != null && !topicOwner.containsKey(c.topic())) {
                at.at(c, "topic", field + ".rubric.criteria[" + i + "].topic", "no topic " + Excerpt.quote(c.topic()) + " in the track");
            }
        }
    }

    /** A minEvidence beyond the ideas it counts, reported at its own line. */
    private void minEvidence(Object doc, List<List<String>> ideas, Integer min, String field, String withoutIdeas) {
        if (min == null) {
            return;
        }
        int count = ideas == null ? 0 : ideas.size();
        if (count == 0 && !withoutIdeas.isEmpty()) {
            at.at(doc, "minEvidence", field + ".minEvidence", "minEvidence without evidence: " + withoutIdeas);
        } else if (count > 0 && min > count) {
            at.at(doc, "minEvidence", field + ".minEvidence", "minEvidence " + min + " is more than the " + count
                    + " evidence idea" + (count == 1 ? "" : "s") + " it counts");
        }
    }

    private <T> void unique(List<T> docs, Function<T, String> id, String list, String what) {
        var first = new HashSet<String>();
        for (int i = 0; i < docs.size(); i++) {
            if (!first.add(id.apply(docs.get(i)))) {
                at.at(docs.get(i), "id", list + "[" + i + "].id", "duplicate " + what + " id " + Excerpt.quote(id.apply(docs.get(i))));
            }
        }
    }

    private CalibrationSample sample(Docs.SampleDoc s, String field, Set<String> misconceptionIds, Set<String> dimensionIds) {
        int before = at.problems().size();
        SampleKind kind = null;
        try {
            kind = SampleKind.fromExternalName(s.kind());
        } catch (IllegalArgumentException e) {
            at.at(s, "kind", field + ".kind", Excerpt.quote(s.kind()) + " is not one of [strong, partial, weak, "
                    + "misconception, keyword-stuffed, echo]");
        }
        if (s.misconception() != null && !misconceptionIds.contains(s.misconception())) {
            at.at(s, "misconception", field + ".misconception", "no misconception " + Excerpt.quote(s.misconception()) + " in this challenge");
        } else if (kind == SampleKind.MISCONCEPTION && s.misconception() == null) {
            at.at(s, field + ".misconception", "a misconception sample names the misconception it states");
        }
        ScoreBand band = s.band() == null ? (kind == null ? null : kind.defaultBand()) : band(s, "band", s.band(), field + ".band");
        var dimensionBands = new LinkedHashMap<String, ScoreBand>();
        if (s.dimensions() != null) {
            for (var e : s.dimensions().entrySet()) {
                String f = field + ".dimensions." + e.getKey();
                if (!dimensionIds.contains(e.getKey())) {
                    at.at(s.dimensions(), e.getKey(), f, "no dimension " + Excerpt.quote(e.getKey()) + " in the rubric");
                } else {
                    dimensionBands.put(e.getKey(), band(s.dimensions(), e.getKey(), e.getValue(), f));
                }
            }
        }
        if (at.problems().size() > before) {
            return null;
        }
        var k = kind;
        return built(s, field, () -> new CalibrationSample(k, s.text(), band, Optional.ofNullable(s.misconception()), dimensionBands));
    }

    private ScoreBand band(Object owner, Object part, List<Double> bounds, String field) {
        if (bounds.size() != 2) {
            at.at(owner, part, field, "a band is two numbers [low, high] between 0 and 1");
            return null;
        }
        double low = bounds.get(0);
        double high = bounds.get(1);
        if (low < 0 || high > 1 || low > high) {
            at.at(owner, part, field, "a band is two numbers [low, high] with 0 <= low <= high <= 1; was [" + low + ", " + high + "]");
            return null;
        }
        return ScoreBand.closed(low, high);
    }

    /** Builds the model of a challenge whose documents broke no rule; the model's own checks still apply. */
    private Optional<Challenge> build(Docs.ChallengeDoc d, String field, List<CalibrationSample> samples) {
        int before = at.problems().size();
        var r = d.rubric();
        var dimensions = new ArrayList<Dimension>();
        for (int i = 0; i < orEmpty(r.dimensions()).size(); i++) {
            var dim = r.dimensions().get(i);
            dimensions.add(built(dim, field + ".rubric.dimensions[" + i + "]", () -> new Dimension(dim.id(), dim.title(),
                    dim.concepts(), Objects.requireNonNullElse(dim.weight(), 1.0))));
        }
        var criteria = new ArrayList<Criterion>();
        for (int i = 0; i < r.criteria().size(); i++) {
            var c = r.criteria().get(i);
            criteria.add(built(c, field + ".rubric.criteria[" + i + "]", () -> {
                var evidence = evidence(c.evidence());
                return new Criterion(c.id(), c.weight(), Boolean.TRUE.equals(c.required()), c.description(),
                        Optional.ofNullable(c.topic()), Optional.ofNullable(c.dimension()), evidence,
                        Objects.requireNonNullElse(c.minEvidence(), evidence.size()), Optional.ofNullable(c.feedback()),
                        c.counterEvidence() == null ? List.of() : evidence(c.counterEvidence()));
            }));
        }
        var misconceptions = new ArrayList<Misconception>();
        for (int i = 0; i < orEmpty(d.misconceptions()).size(); i++) {
            var m = d.misconceptions().get(i);
            misconceptions.add(built(m, field + ".misconceptions[" + i + "]",
                    () -> new Misconception(m.id(), m.shows(), evidence(m.evidence()), m.correction())));
        }
        var followUps = new ArrayList<FollowUp>();
        for (int i = 0; i < orEmpty(d.followUps()).size(); i++) {
            var f = d.followUps().get(i);
            followUps.add(built(f, field + ".followUps[" + i + "]", () -> {
                var evidence = f.evidence() == null ? List.<Evidence>of() : evidence(f.evidence());
                return new FollowUp(f.criterion(), f.question(), evidence,
                        evidence.isEmpty() ? 0 : Objects.requireNonNullElse(f.minEvidence(), evidence.size()));
            }));
        }
        var sources = new ArrayList<Source>();
        for (int i = 0; i < orEmpty(d.sources()).size(); i++) {
            var s = d.sources().get(i);
            String sf = field + ".sources[" + i + "]";
            Optional<URI> url = Optional.empty();
            try {
                url = Optional.ofNullable(s.url()).map(URI::create);
            } catch (IllegalArgumentException e) {
                at.at(s, "url", sf + ".url", Excerpt.quote(s.url()) + " is not a URL");
            }
            var u = url;
            sources.add(built(s, sf, () -> new Source(s.title(), u)));
        }
        if (at.problems().size() > before) {
            return Optional.empty();
        }
        Rubric rubric = built(r, field + ".rubric", () -> new Rubric(criteria, dimensions));
        Prompt prompt = built(d, field, () -> new Prompt(d.prompt(), Optional.ofNullable(d.scenario()), orEmpty(d.constraints()),
                Optional.ofNullable(d.timeLimitSeconds()).map(Duration::ofSeconds),
                d.wordBudget() == null ? OptionalInt.empty() : OptionalInt.of(d.wordBudget())));
        if (rubric == null || prompt == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(built(d, field, () -> new Challenge(d.id(), d.concept(), d.rung(), d.topic(),
                orEmpty(d.secondaryTopics()), prompt, rubric, misconceptions, d.referenceAnswer(), orEmpty(d.hints()),
                followUps, sources, samples)));
    }

    private static List<Evidence> evidence(List<List<String>> sets) {
        return sets.stream().map(Evidence::new).toList();
    }

    /** Runs a model constructor; its refusal becomes a problem at the document object, and null. */
    private <T> T built(Object doc, String field, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            String message = String.valueOf(e.getMessage());
            at.at(doc, field, message.length() > 160 ? message.substring(0, 160) + "…" : message);
            return null;
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
