package dev.interviewcoach.core.internal.content;

import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.Concept;
import dev.interviewcoach.api.Topic;
import dev.interviewcoach.api.Track;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a variant is laid over its base track: the base's concepts with the topics the variant adds
 * ({@code addTopics}) and the concepts it adds ({@code addConcepts}, placed by their {@code order}); the
 * base's challenges in their order, with those the variant overrides replaced in place by its own
 * challenge of the same id ({@code override}) and those it retires left out ({@code retire}); then the
 * variant's new challenges. Every misuse is a problem at its place in the manifest or the document.
 */
final class Layering {
    private final Docs.Manifest manifest;
    private final Track base;
    private final Where at;
    private final Map<String, Challenge> baseChallenges = new HashMap<>();
    private final Set<String> baseBoss = new HashSet<>();
    /** The override entries that name a base challenge, by id, with their index in {@code override}. */
    private final Map<String, Integer> overridden = new LinkedHashMap<>();
    /** The retire entries that name a base challenge, by id, with their index in {@code retire}. */
    private final Map<String, Integer> retired = new LinkedHashMap<>();
    /** The overridden ids a document of the variant supplies a replacement for. */
    private final Set<String> supplied = new HashSet<>();
    /** The concepts the variant adds, by id, with their index in {@code addConcepts}. */
    private final Map<String, Integer> added = new LinkedHashMap<>();

    /**
     * Reads the variant's {@code override} and {@code retire} lists against its base, recording every
     * entry that names no base challenge, is listed twice, or is both overridden and retired.
     *
     * @param manifest the variant's manifest
     * @param base its base track
     * @param at the manifest, where problems go
     */
    Layering(Docs.Manifest manifest, Track base, Where at) {
        this.manifest = manifest;
        this.base = base;
        this.at = at;
        base.challenges().forEach(c -> baseChallenges.put(c.id(), c));
        base.bossChallenges().forEach(c -> {
            baseChallenges.put(c.id(), c);
            baseBoss.add(c.id());
        });
        entries(manifest.retire(), "retire", "retire", retired);
        entries(manifest.override(), "override", "override", overridden);
        for (var e : overridden.entrySet()) {
            if (retired.containsKey(e.getKey())) {
                at.at(manifest.override(), e.getValue(), "override[" + e.getValue() + "]", "challenge "
                        + Excerpt.quote(e.getKey()) + " is both retired and overridden; list it under one of them");
            }
        }
    }

    private void entries(List<String> ids, String list, String verb, Map<String, Integer> into) {
        if (ids == null) {
            return;
        }
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null) {
                continue; // recorded
            }
            String field = list + "[" + i + "]";
            if (!baseChallenges.containsKey(id)) {
                // a typo of an id the base has is the usual mistake: say which
                at.at(ids, i, field, "the base track '" + base.id() + "' has no challenge " + Excerpt.quote(id) + " to " + verb
                        + Suggestions.closest(id, baseChallenges.keySet()).map(c -> "; did you mean '" + c + "'?").orElse(""));
            } else if (into.putIfAbsent(id, i) != null) {
                at.at(ids, i, field, "challenge " + Excerpt.quote(id) + " is listed twice under `" + list + "`");
            }
        }
    }

    /**
     * The variant's concepts: the base's, with the topics the variant adds, and the concepts it adds,
     * in the order of their {@code order} (a concept the variant adds follows the base's concepts of the
     * same order).
     *
     * @return the concepts; those with a problem left out
     */
    List<Concept> concepts() {
        if (manifest.concepts() != null) {
            at.at(manifest, "concepts", "concepts", "a variant takes its concepts from its base; add new ones under "
                    + "`addConcepts` and topics under `addTopics`");
        }
        var topicOwner = new HashMap<String, String>();
        var byId = new LinkedHashMap<String, Concept>();
        base.concepts().forEach(c -> {
            byId.put(c.id(), c);
            c.topics().forEach(t -> topicOwner.put(t.id(), c.id()));
        });
        var fresh = new ArrayList<Concept>();
        List<Docs.ConceptDoc> docs = manifest.addConcepts() == null ? List.of() : manifest.addConcepts();
        for (int i = 0; i < docs.size(); i++) {
            var doc = docs.get(i);
            if (doc == null) {
                continue; // recorded
            }
            String field = "addConcepts[" + i + "]";
            if (byId.containsKey(doc.id())) {
                at.at(doc, "id", field + ".id", "the base track '" + base.id() + "' already has a concept "
                        + Excerpt.quote(doc.id()) + "; add topics to it under `addTopics`");
                continue;
            }
            if (added.containsKey(doc.id())) {
                at.at(doc, "id", field + ".id", "concept " + Excerpt.quote(doc.id()) + " is added twice");
                continue;
            }
            var topics = topics(doc.id(), doc.topics(), field + ".topics", topicOwner);
            try {
                fresh.add(new Concept(doc.id(), doc.title(), doc.order(), topics));
                added.put(doc.id(), i);
            } catch (IllegalArgumentException e) {
                at.at(doc, field, Objects.toString(e.getMessage()));
            }
        }
        if (manifest.addTopics() != null) {
            for (var e : manifest.addTopics().entrySet()) {
                String field = "addTopics." + Excerpt.bare(e.getKey());
                Concept c = byId.get(e.getKey());
                if (c == null) {
                    at.at(manifest.addTopics(), e.getKey(), field, added.containsKey(e.getKey())
                            ? "concept " + Excerpt.quote(e.getKey()) + " is one this track adds; list its topics under its entry in `addConcepts`"
                            : "the base track '" + base.id() + "' has no concept " + Excerpt.quote(e.getKey()));
                    continue;
                }
                byId.put(c.id(), c.withTopicsAdded(topics(c.id(), e.getValue(), field, topicOwner)));
            }
        }
        var all = new ArrayList<>(byId.values());
        all.addAll(fresh);
        all.sort(Comparator.comparingInt(Concept::order)); // stable: the base's concepts first among equals
        return all;
    }

    private List<Topic> topics(String conceptId, List<Docs.TopicDoc> docs, String list, Map<String, String> topicOwner) {
        return TrackReader.topics(conceptId, docs, at, list, topicOwner);
    }

    /**
     * Checks the challenges of one of the variant's documents against the base: a challenge with a base
     * challenge's id must be its replacement, listed under {@code override}, in the same list (ladder or
     * boss) as the challenge it replaces.
     *
     * @param docs the document's challenges
     * @param list {@code challenges} or {@code boss}
     * @param where the document
     */
    void check(List<Docs.ChallengeDoc> docs, String list, Where where) {
        if (docs == null) {
            return;
        }
        boolean boss = list.equals("boss");
        for (int i = 0; i < docs.size(); i++) {
            var d = docs.get(i);
            if (d == null || !baseChallenges.containsKey(d.id())) {
                continue;
            }
            String field = list + "[" + i + "].id";
            if (overridden.containsKey(d.id())) {
                supplied.add(d.id());
                if (baseBoss.contains(d.id()) != boss) {
                    where.at(d, "id", field, "challenge " + Excerpt.quote(d.id()) + " is a " + (boss ? "ladder" : "boss")
                            + " challenge of the base track; its replacement goes under `" + (boss ? "challenges" : "boss") + "`");
                }
            } else if (retired.containsKey(d.id())) {
                where.at(d, "id", field, "challenge " + Excerpt.quote(d.id()) + " is retired in track.yaml; to replace it, "
                        + "list its id under `override` instead of `retire`");
            } else {
                where.at(d, "id", field, "challenge " + Excerpt.quote(d.id()) + " is the base track's; to replace it, list its id "
                        + "under `override` in track.yaml, or give this challenge an id of its own");
            }
        }
    }

    /**
     * The variant's challenges of one list: the base's in their order, each overridden one replaced in
     * place by the variant's, the retired ones left out, then the variant's new challenges.
     *
     * @param fromBase the base's ladder or boss challenges
     * @param own the variant's challenges of the same list, replacements included
     * @return the challenges
     */
    List<Challenge> compose(List<Challenge> fromBase, List<Challenge> own) {
        var replacements = new HashMap<String, Challenge>();
        var fresh = new ArrayList<Challenge>();
        for (var c : own) {
            if (overridden.containsKey(c.id())) {
                replacements.put(c.id(), c);
            } else {
                fresh.add(c);
            }
        }
        var out = new ArrayList<Challenge>(fromBase.size() + fresh.size());
        for (var c : fromBase) {
            if (!retired.containsKey(c.id())) {
                out.add(replacements.getOrDefault(c.id(), c));
            }
        }
        out.addAll(fresh);
        return out;
    }

    /**
     * What can be checked only once every document is read, and is checked only when nothing else was
     * wrong (a broken challenge is missing from the track, and would be reported again as missing here):
     * every overridden challenge has its replacement, every concept the variant adds has a challenge on
     * every rung, and no retirement leaves a rung of a concept that had challenges without any.
     *
     * @param ladder the variant's ladder challenges, composed
     */
    void checkComposed(List<Challenge> ladder) {
        for (var e : overridden.entrySet()) {
            if (!supplied.contains(e.getKey()) && !retired.containsKey(e.getKey())) {
                at.at(manifest.override(), e.getValue(), "override[" + e.getValue() + "]", "no document of this track has "
                        + "a challenge " + Excerpt.quote(e.getKey()) + " to replace the base track's");
            }
        }
        var cells = new HashMap<String, Set<ChallengeLevel>>();
        ladder.forEach(c -> cells.computeIfAbsent(c.conceptId(), k -> EnumSet.noneOf(ChallengeLevel.class)).add(c.level()));
        for (var e : added.entrySet()) {
            var missing = EnumSet.allOf(ChallengeLevel.class);
            missing.removeAll(cells.getOrDefault(e.getKey(), Set.of()));
            if (!missing.isEmpty()) {
                at.at(manifest.addConcepts(), e.getValue(), "addConcepts[" + e.getValue() + "]", "concept "
                        + Excerpt.quote(e.getKey()) + ", which this track adds, has no challenge at "
                        + missing.stream().map(Enum::name).collect(Collectors.joining(", "))
                        + "; a learner climbs a concept one rung at a time, so it needs a challenge on every rung");
            }
        }
        var reported = new HashSet<String>();
        for (var e : retired.entrySet()) {
            var c = baseChallenges.get(e.getKey());
            if (baseBoss.contains(c.id()) || cells.getOrDefault(c.conceptId(), Set.of()).contains(c.level())
                    || !reported.add(c.conceptId() + "/" + c.level())) {
                continue;
            }
            at.at(manifest.retire(), e.getValue(), "retire[" + e.getValue() + "]", "retiring " + Excerpt.quote(c.id())
                    + " leaves concept '" + c.conceptId() + "' without a challenge at " + c.level() + "; override it "
                    + "instead, or add another " + c.level() + " challenge on '" + c.conceptId() + "'");
        }
    }
}
