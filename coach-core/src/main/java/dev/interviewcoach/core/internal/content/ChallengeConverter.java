package dev.interviewcoach.core.internal.content;

import dev.interviewcoach.api.CalibrationSample;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.ContentException;
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

/** Converts the challenges of one document into the model, checking every reference. */
final class ChallengeConverter {
    private final TrackReader.Where at;
    private final Set<String> conceptIds;
    private final Map<String, String> topicOwner;

    ChallengeConverter(TrackReader.Where at, Set<String> conceptIds, Map<String, String> topicOwner) {
        this.at = at;
        this.conceptIds = conceptIds;
        this.topicOwner = topicOwner;
    }

    List<Challenge> convertAll(List<Docs.ChallengeDoc> docs, String list, Map<String, String> seen, boolean boss) {
        if (docs == null) {
            return List.of();
        }
        var out = new ArrayList<Challenge>();
        for (int i = 0; i < docs.size(); i++) {
            var doc = docs.get(i);
            String field = list + "[" + i + "]";
            if (doc == null) {
                throw new ContentException(at.resource(), 0, 0, field, "empty challenge");
            }
            String previous = seen.putIfAbsent(doc.id(), at.resource());
            if (previous != null) {
                throw at.error(doc, field + ".id", "duplicate challenge id '" + doc.id() + "' (first in " + previous + ")");
            }
            out.add(convert(doc, field, boss));
        }
        return out;
    }

    private Challenge convert(Docs.ChallengeDoc d, String field, boolean boss) {
        if (!conceptIds.contains(d.concept())) {
            throw at.error(d, field + ".concept", "no concept '" + d.concept() + "' in the track; known: " + conceptIds);
        }
        if (!d.concept().equals(topicOwner.get(d.topic()))) {
            throw at.error(d, field + ".topic", "'" + d.topic() + "' is not a topic of concept '" + d.concept() + "'");
        }
        List<String> secondary = orEmpty(d.secondaryTopics());
        for (int i = 0; i < secondary.size(); i++) {
            if (!topicOwner.containsKey(secondary.get(i))) {
                throw at.error(d, field + ".secondaryTopics[" + i + "]", "no topic '" + secondary.get(i) + "' in the track");
            }
        }
        requireForRung(d, field);
        Rubric rubric = rubric(d, field, boss);
        var criterionTopics = new HashSet<String>();
        rubric.criteria().forEach(c -> criterionTopics.add(c.topicId().orElse(d.topic())));
        for (String t : secondary) {
            if (!criterionTopics.contains(t)) {
                throw at.error(d, field + ".secondaryTopics", "secondary topic '" + t + "' has no criterion that checks it");
            }
        }
        var misconceptions = new ArrayList<Misconception>();
        for (int i = 0; i < orEmpty(d.misconceptions()).size(); i++) {
            var m = d.misconceptions().get(i);
            misconceptions.add(build(m, field + ".misconceptions[" + i + "]",
                    () -> new Misconception(m.id(), m.shows(), evidence(m.evidence()), m.correction())));
        }
        var followUps = new ArrayList<FollowUp>();
        for (int i = 0; i < orEmpty(d.followUps()).size(); i++) {
            var f = d.followUps().get(i);
            String ff = field + ".followUps[" + i + "]";
            if (rubric.criterion(f.criterion()).isEmpty()) {
                throw at.error(f, ff + ".criterion", "no criterion '" + f.criterion() + "' in this challenge's rubric");
            }
            followUps.add(build(f, ff, () -> new FollowUp(f.criterion(), f.question())));
        }
        var sources = new ArrayList<Source>();
        for (int i = 0; i < orEmpty(d.sources()).size(); i++) {
            var s = d.sources().get(i);
            sources.add(build(s, field + ".sources[" + i + "]",
                    () -> new Source(s.title(), Optional.ofNullable(s.url()).map(URI::create))));
        }
        var samples = new ArrayList<CalibrationSample>();
        var misconceptionIds = new HashSet<String>();
        misconceptions.forEach(m -> misconceptionIds.add(m.id()));
        for (int i = 0; i < orEmpty(d.samples()).size(); i++) {
            samples.add(sample(d.samples().get(i), field + ".samples[" + i + "]", misconceptionIds, rubric));
        }
        var prompt = build(d, field, () -> new Prompt(d.prompt(), Optional.ofNullable(d.scenario()),
                orEmpty(d.constraints()),
                Optional.ofNullable(d.timeLimitSeconds()).map(s -> Duration.ofSeconds(s)),
                d.wordBudget() == null ? OptionalInt.empty() : OptionalInt.of(d.wordBudget())));
        return build(d, field, () -> new Challenge(d.id(), d.concept(), d.rung(), d.topic(), secondary, prompt, rubric,
                misconceptions, d.referenceAnswer(), orEmpty(d.hints()), followUps, sources, samples));
    }

    private void requireForRung(Docs.ChallengeDoc d, String field) {
        if (d.rung() == ChallengeLevel.PRESSURE && (d.timeLimitSeconds() == null || d.wordBudget() == null)) {
            throw at.error(d, field, "a PRESSURE challenge needs timeLimitSeconds and wordBudget");
        }
        if (d.rung() == ChallengeLevel.DEBUG && d.scenario() == null) {
            throw at.error(d, field, "a DEBUG challenge needs a scenario");
        }
        if (d.rung() == ChallengeLevel.DESIGN && (d.constraints() == null || d.constraints().isEmpty())) {
            throw at.error(d, field, "a DESIGN challenge needs constraints");
        }
    }

    private Rubric rubric(Docs.ChallengeDoc d, String field, boolean boss) {
        var r = d.rubric();
        var dimensions = new ArrayList<Dimension>();
        for (int i = 0; i < orEmpty(r.dimensions()).size(); i++) {
            var dim = r.dimensions().get(i);
            String df = field + ".rubric.dimensions[" + i + "]";
            for (String c : dim.concepts()) {
                if (!conceptIds.contains(c)) {
                    throw at.error(dim, df + ".concepts", "no concept '" + c + "' in the track");
                }
            }
            dimensions.add(build(dim, df, () -> new Dimension(dim.id(), dim.title(), dim.concepts(),
                    Objects.requireNonNullElse(dim.weight(), 1.0))));
        }
        if (boss && dimensions.isEmpty()) {
            throw at.error(r, field + ".rubric", "a boss challenge's rubric needs dimensions");
        }
        var criteria = new ArrayList<Criterion>();
        for (int i = 0; i < r.criteria().size(); i++) {
            var c = r.criteria().get(i);
            String cf = field + ".rubric.criteria[" + i + "]";
            if (c.topic() != null && !topicOwner.containsKey(c.topic())) {
                throw at.error(c, cf + ".topic", "no topic '" + c.topic() + "' in the track");
            }
            var evidence = build(c, cf + ".evidence", () -> evidence(c.evidence()));
            var counter = c.counterEvidence() == null ? List.<Evidence>of()
                    : build(c, cf + ".counterEvidence", () -> evidence(c.counterEvidence()));
            criteria.add(build(c, cf, () -> new Criterion(c.id(), c.weight(), Boolean.TRUE.equals(c.required()),
                    c.description(), Optional.ofNullable(c.topic()), Optional.ofNullable(c.dimension()), evidence,
                    Objects.requireNonNullElse(c.minEvidence(), evidence.size()), Optional.ofNullable(c.feedback()),
                    counter)));
        }
        return build(r, field + ".rubric", () -> new Rubric(criteria, dimensions));
    }

    private CalibrationSample sample(Docs.SampleDoc s, String field, Set<String> misconceptionIds, Rubric rubric) {
        SampleKind kind;
        try {
            kind = SampleKind.fromExternalName(s.kind());
        } catch (IllegalArgumentException e) {
            throw at.error(s, field + ".kind", e.getMessage());
        }
        if (s.misconception() != null && !misconceptionIds.contains(s.misconception())) {
            throw at.error(s, field + ".misconception", "no misconception '" + s.misconception() + "' in this challenge");
        }
        ScoreBand band = s.band() == null ? kind.defaultBand() : band(s, s.band(), field + ".band");
        var dimensionBands = new LinkedHashMap<String, ScoreBand>();
        if (s.dimensions() != null) {
            for (var e : s.dimensions().entrySet()) {
                if (rubric.dimensions().stream().noneMatch(dim -> dim.id().equals(e.getKey()))) {
                    throw at.error(s, field + ".dimensions." + e.getKey(), "no dimension '" + e.getKey() + "' in the rubric");
                }
                dimensionBands.put(e.getKey(), band(s, e.getValue(), field + ".dimensions." + e.getKey()));
            }
        }
        return build(s, field, () -> new CalibrationSample(kind, s.text(), band,
                Optional.ofNullable(s.misconception()), dimensionBands));
    }

    private ScoreBand band(Object doc, List<Double> bounds, String field) {
        if (bounds.size() != 2 || bounds.contains(null)) {
            throw at.error(doc, field, "a band is two numbers [low, high]");
        }
        return build(doc, field, () -> ScoreBand.closed(bounds.get(0), bounds.get(1)));
    }

    /** Paraphrase sets; a bare number (e.g. a status code) is read as its text, anything else is an error. */
    private static List<Evidence> evidence(List<List<Object>> sets) {
        var out = new ArrayList<Evidence>();
        for (var set : sets) {
            var phrases = new ArrayList<String>();
            for (Object phrase : set == null ? List.of() : set) {
                if (phrase instanceof String s) {
                    phrases.add(s);
                } else if (phrase instanceof Integer || phrase instanceof Long || phrase instanceof java.math.BigInteger) {
                    phrases.add(phrase.toString());
                } else if (phrase instanceof Number n) {
                    phrases.add(java.math.BigDecimal.valueOf(n.doubleValue()).stripTrailingZeros().toPlainString());
                } else {
                    throw new IllegalArgumentException("an evidence phrase must be text, was " + phrase
                            + (phrase instanceof Boolean ? " (YAML reads yes/no/on/off/true/false as booleans: quote it)" : ""));
                }
            }
            out.add(new Evidence(phrases));
        }
        return out;
    }

    private <T> T build(Object doc, String field, java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw at.error(doc, field, e.getMessage());
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}

