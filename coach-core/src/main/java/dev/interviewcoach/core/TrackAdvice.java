package dev.interviewcoach.core;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.Challenge;
import dev.interviewcoach.api.Track;
import dev.interviewcoach.core.ContentAdvice.Kind;
import dev.interviewcoach.core.internal.content.TrackSources;
import dev.interviewcoach.core.internal.integrity.Reproduction;
import dev.interviewcoach.spi.Grader;
import dev.interviewcoach.spi.GradingRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Advice for a track's authors: how the rubric grader grades the track's own examples, and where
 * learners would meet the same question again and again. A track that loads ({@link
 * TrackLoader#validate} finds nothing) can still teach badly: a concept with a single challenge on a
 * rung, calibration samples outside their bands or that a session refuses as a copy of what the coach
 * shows, reference answers under 0.8 or showing a misconception, misconceptions that fire on their
 * own correction. The shipped tracks hold these as tests; {@code coach content check} prints them as
 * warnings, each at its file, line and column; a content project's own test can hold them too, by
 * {@linkplain ContentAdvice#kind() kind} and challenge:
 *
 * <pre>{@code
 * var loader = TrackLoader.discover(myProvider).withoutSnapshots(); // read from the documents: with places
 * var track = loader.load("acme-backend");
 * assertThat(TrackAdvice.advise(track, track.baseId().map(loader::load))).isEmpty();
 * }</pre>
 *
 * @since 0.1
 */
public final class TrackAdvice {
    private TrackAdvice() {}

    /**
     * The advice on every challenge of a track, each with its kind, challenge, the field inside the
     * challenge and, for a track read from its documents, the document, line and column of that field.
     *
     * @param track the track
     * @return the advice, empty when the rubric grader grades every example as meant
     * @since 0.1
     */
    public static List<ContentAdvice> advise(Track track) {
        return advise(track, java.util.Optional.empty());
    }

    /**
     * As {@link #advise(Track)}, for a variant only about the challenges it adds or overrides: its base's
     * own are that base's authors' to check, and its advice would drown the variant's.
     *
     * <p>An advice has a {@linkplain ContentAdvice#location() location} when the track was read from
     * its documents by a {@link TrackLoader} (one from {@link TrackLoader#withoutSnapshots()} always reads
     * them; {@link TrackLoader#load(String)} takes a snapshot when the provider ships one); the document is read
     * again to find the field, and gives it while it has not changed since (else the challenge's place).
     * A track built in code, or taken from a snapshot, gives advice without one: its message and path
     * still name the challenge and the field. A variant's advice on a challenge of its base (a rung it leaves with a single one) is placed in the
     * base's documents when {@code base} was read from them.
     *
     * @param track the track
     * @param base the track's base, for a variant ({@code track.baseId().map(loader::load)})
     * @return the advice, empty when the rubric grader grades every example as meant
     * @since 0.1
     */
    public static List<ContentAdvice> advise(Track track, java.util.Optional<Track> base) {
        var here = TrackSources.locator(track);
        var there = base.map(TrackSources::locator);
        var out = new ArrayList<ContentAdvice>();
        for (var a : collect(track, base)) {
            var place = a.challengeId().flatMap(id -> here.challenge(id, a.path())
                    .or(() -> there.flatMap(l -> l.challenge(id, a.path()))));
            out.add(new ContentAdvice(a.kind(), a.challengeId(), a.path(), a.message(), place.filter(p -> p.line() > 0)
                    .map(p -> new ContentAdvice.Location(p.resource(), p.line(), p.column(), p.field()))));
        }
        return List.copyOf(out);
    }

    /**
     * The messages of {@link #advise(Track)}: one sentence per problem, naming the challenge.
     *
     * @param track the track
     * @return one sentence per problem, empty when the rubric grader grades every example as meant
     */
    public static List<String> of(Track track) {
        return of(track, java.util.Optional.empty());
    }

    /**
     * The messages of {@link #advise(Track, java.util.Optional)}: one sentence per problem, naming the
     * challenge (and without the documents read again for places). A test that tolerates some advice
     * is better kept with {@link #advise}, by kind and challenge, than by matching this text.
     *
     * @param track the track
     * @param base the track's base, for a variant ({@code track.baseId().map(loader::load)})
     * @return one sentence per problem, empty when the rubric grader grades every example as meant
     */
    public static List<String> of(Track track, java.util.Optional<Track> base) {
        return collect(track, base).stream().map(ContentAdvice::message).toList();
    }

    /** The advice, without places. */
    private static List<ContentAdvice> collect(Track track, java.util.Optional<Track> base) {
        java.util.function.Predicate<Challenge> authored = c -> base.flatMap(b -> b.challenge(c.id())
                .or(() -> b.bossChallenges().stream().filter(x -> x.id().equals(c.id())).findFirst()))
                .map(inBase -> !inBase.equals(c)).orElse(true);
        var ownIds = new java.util.HashSet<String>();
        Stream.concat(track.challenges().stream(), track.bossChallenges().stream()).filter(authored)
                .forEach(c -> ownIds.add(c.id()));
        Grader rubric = Graders.rubric();
        var out = new ArrayList<ContentAdvice>(thinRungs(track, base));
        for (var r : Calibration.run(track, rubric).failures()) {
            if (!ownIds.contains(r.challengeId())) {
                continue;
            }
            out.add(advice(Kind.SAMPLE_OUT_OF_BAND, r.challengeId(), "samples[" + r.index() + "]",
                    String.format(Locale.ROOT, "challenge '%s' sample %d (%s) scored %s, outside its band %s%s",
                    r.challengeId(), r.index(), r.kind().externalName(),
                    r.score().map(x -> String.format(Locale.ROOT, "%.2f", x)).orElse("nothing"), r.band(),
                    r.expectedMisconception().filter(m -> !r.misconceptionDetected())
                            .map(m -> "; its misconception '" + m + "' was not detected").orElse(""))));
        }
        for (Challenge c : (Iterable<Challenge>) Stream.concat(track.challenges().stream(),
                track.bossChallenges().stream()).filter(authored)::iterator) {
            out.addAll(copiedSamples(c));
            var grade = rubric.grade(GradingRequest.of(c, Answer.of(c.referenceAnswer())));
            double score = grade.score().orElse(0);
            if (score < 0.8 || !grade.misconceptions().isEmpty()) {
                out.add(advice(Kind.WEAK_REFERENCE_ANSWER, c.id(), "referenceAnswer", String.format(Locale.ROOT,
                        "challenge '%s': its reference answer scores %.2f on its own rubric%s"
                        + " (a model answer should score at least 0.8 with no misconception)", c.id(), score,
                        grade.misconceptions().isEmpty() ? "" : " and shows misconception '"
                                + grade.misconceptions().get(0).misconceptionId() + "'")));
            }
            var criteria = c.rubric().criteria();
            for (int k = 0; k < criteria.size(); k++) {
                var criterion = criteria.get(k);
                String at = "rubric.criteria[" + k + "]";
                loneWords(criterion.evidence()).ifPresent(n -> out.add(advice(Kind.LONE_WORD_IDEA, c.id(),
                        at + ".evidence[" + (n - 1) + "]", "challenge '" + c.id() + "': every phrase of "
                        + "evidence idea " + n + " of criterion '" + criterion.id() + "' is one word, so an answer "
                        + "that names the word anywhere (even to reject it) meets the idea; write phrases that say it")));
            }
            for (int k = 0; k < criteria.size(); k++) {
                var criterion = criteria.get(k);
                String at = "rubric.criteria[" + k + "]";
                silent(criterion.evidence()).ifPresent(p -> out.add(silentAdvice(c, p, at, "criterion '" + criterion.id() + "'")));
            }
            var followUps = c.followUps();
            for (int k = 0; k < followUps.size(); k++) {
                var f = followUps.get(k);
                String at = "followUps[" + k + "]";
                silent(f.evidence()).ifPresent(p -> out.add(silentAdvice(c, p, at, "its follow-up on '" + f.criterionId() + "'")));
            }
            for (int k = 0; k < followUps.size(); k++) {
                var f = followUps.get(k);
                String at = "followUps[" + k + "]";
                loneWords(f.evidence()).ifPresent(n -> out.add(advice(Kind.LONE_WORD_IDEA, c.id(),
                        at + ".evidence[" + (n - 1) + "]", "challenge '" + c.id() + "': every phrase of evidence "
                        + "idea " + n + " of its follow-up on '" + f.criterionId() + "' is one word, so an answer that "
                        + "names the word anywhere meets it (follow-ups have no samples to catch this); write phrases "
                        + "that say the point")));
            }
            for (int k = 0; k < criteria.size(); k++) {
                hollow(rubric, criteria.get(k).evidence(), false, c.id(), "rubric.criteria[" + k + "]",
                        "criterion '" + criteria.get(k).id() + "'", out);
            }
            for (int k = 0; k < followUps.size(); k++) {
                hollow(rubric, followUps.get(k).evidence(), false, c.id(), "followUps[" + k + "]",
                        "its follow-up on '" + followUps.get(k).criterionId() + "'", out);
            }
            var misconceptions = c.misconceptions();
            for (int k = 0; k < misconceptions.size(); k++) {
                hollow(rubric, misconceptions.get(k).evidence(), true, c.id(), "misconceptions[" + k + "]",
                        "misconception '" + misconceptions.get(k).id() + "'", out);
            }
            for (int k = 0; k < misconceptions.size(); k++) {
                ownCorrection(rubric, c, k).ifPresent(out::add);
            }
        }
        return out;
    }

    private static ContentAdvice advice(Kind kind, String challengeId, String path, String message) {
        return new ContentAdvice(kind, java.util.Optional.of(challengeId), path, message, java.util.Optional.empty());
    }

    /**
     * Advises on a misconception its own correction shows, quoting each phrase of its evidence that the
     * correction shows alone and the words of the correction it matches there (the grader's spans), at
     * the first such phrase; at the evidence as a whole, quoting the words, when only phrases together do.
     */
    private static java.util.Optional<ContentAdvice> ownCorrection(Grader rubric, Challenge c, int k) {
        var m = c.misconceptions().get(k);
        String correction = m.correction();
        var detected = rubric.grade(GradingRequest.of(c, Answer.of(correction))).misconceptions().stream()
                .filter(d -> d.misconceptionId().equals(m.id())).findFirst();
        if (detected.isEmpty()) {
            return java.util.Optional.empty();
        }
        var matches = new ArrayList<String>();
        String path = null;
        for (int i = 0; i < m.evidence().size(); i++) {
            for (int j = 0; j < m.evidence().get(i).paraphrases().size(); j++) {
                String phrase = m.evidence().get(i).paraphrases().get(j);
                var alone = new dev.interviewcoach.api.Misconception(m.id(), m.shows(),
                        List.of(dev.interviewcoach.api.Evidence.of(phrase)), correction);
                var probe = new Challenge(c.id(), c.conceptId(), c.level(), c.topicId(), c.secondaryTopicIds(), c.prompt(),
                        c.rubric(), List.of(alone), c.referenceAnswer(), c.hints(), c.followUps(), c.sources(), List.of());
                var found = rubric.grade(GradingRequest.of(probe, Answer.of(correction))).misconceptions().stream()
                        .filter(d -> d.misconceptionId().equals(m.id())).findFirst();
                if (found.isPresent()) {
                    matches.add("'" + phrase + "' matches " + matched(found.get(), correction));
                    if (path == null) {
                        path = "misconceptions[" + k + "].evidence[" + i + "][" + j + "]";
                    }
                }
            }
        }
        String how = matches.isEmpty() ? "its evidence matches " + matched(detected.get(), correction)
                : (matches.size() == 1 ? "its phrase " : "its phrases ") + String.join(", and ", matches);
        return java.util.Optional.of(advice(Kind.MISCONCEPTION_ON_ITS_CORRECTION, c.id(),
                path != null ? path : "misconceptions[" + k + "].evidence", "challenge '" + c.id() + "': misconception '"
                + m.id() + "' fires on its own correction, so an answer that says the right thing is marked wrong: "
                + how + " in the correction; narrow its evidence"));
    }

    /** The words of an answer a detection spans, each quoted (cut when long), joined. */
    private static String matched(dev.interviewcoach.api.DetectedMisconception detected, String answer) {
        var quoted = detected.spans().stream().filter(s -> s.end() <= answer.length())
                .map(s -> "'" + cut(s.in(answer).strip()) + "'").distinct().toList();
        return quoted.isEmpty() ? "it" : String.join(" and ", quoted);
    }

    private static String cut(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 79) + "…";
    }

    /**
     * Advises on each calibration sample but an echo that a session would refuse as a copy of what the
     * coach shows for the challenge, by the very check a session makes on an answer: graded here, such a
     * sample says nothing of how the coach takes the answer it stands for.
     */
    private static List<ContentAdvice> copiedSamples(Challenge c) {
        var out = new ArrayList<ContentAdvice>();
        for (int i = 0; i < c.samples().size(); i++) {
            var sample = c.samples().get(i);
            if (sample.kind() == dev.interviewcoach.api.SampleKind.ECHO) {
                continue;
            }
            int index = i;
            Reproduction.copied(c, Answer.of(sample.text())).ifPresent(why -> out.add(advice(Kind.SAMPLE_REFUSED_AS_COPY,
                    c.id(), "samples[" + index + "]", "challenge '" + c.id() + "' sample "
                    + index + " (" + sample.kind().externalName() + ") is refused as a copy when a learner submits it ("
                    + why + "), so it earns no credit in a session whatever it scores here; write it as a candidate "
                    + "would, in words of its own")));
        }
        return out;
    }

    /**
     * Advises on each concept × rung with a single challenge: a learner working on that rung (practice, a
     * recovery, a review) is asked that question again and again, since the coach repeats a question only
     * when the rung has no other left. For a variant, only on those it changed (its base's own are that
     * base's authors' to check). A rung with none is {@link TrackLoader#validate}'s to refuse. The advice
     * is on that single challenge, as a whole.
     */
    private static List<ContentAdvice> thinRungs(Track track, java.util.Optional<Track> base) {
        var out = new ArrayList<ContentAdvice>();
        for (var concept : track.concepts()) {
            for (var rung : dev.interviewcoach.api.ChallengeLevel.values()) {
                var ids = ids(track, concept.id(), rung);
                if (ids.size() != 1 || base.map(b -> ids.equals(ids(b, concept.id(), rung))).orElse(false)) {
                    continue;
                }
                out.add(advice(Kind.THIN_RUNG, ids.get(0), "", "concept '" + concept.id() + "' has a single challenge at "
                        + rung + " ('" + ids.get(0) + "'), so a learner working on that rung is asked it again and "
                        + "again: the coach repeats a question only when the rung has no other left; write at least 2 "
                        + "challenges for every concept and rung"));
            }
        }
        return out;
    }

    private static List<String> ids(Track track, String conceptId, dev.interviewcoach.api.ChallengeLevel rung) {
        return track.challenges(conceptId, rung).stream().map(Challenge::id).sorted().toList();
    }

    /**
     * Advises on the phrases of several words that one of their words alone meets: the rest are
     * grammar words to the grader ("never just the debit" is met by "debit"; "what happened and why"
     * by "happened"). A phrase whose other words say the same thing on their own (a vocabulary term:
     * "4xx client error") is not one, nor a number alone ("409 conflict"). Two words of which one is
     * small ("the debit") say no more than the word, and are left alone.
     */
    private static void hollow(Grader rubric, List<dev.interviewcoach.api.Evidence> ideas, boolean misconception,
            String challengeId, String at, String where, List<ContentAdvice> out) {
        for (int i = 0; i < ideas.size(); i++) {
            var idea = ideas.get(i);
            for (int j = 0; j < idea.paraphrases().size(); j++) {
                String phrase = idea.paraphrases().get(j);
                var words = java.util.Arrays.stream(phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+"))
                        .filter(w -> !w.isEmpty()).toList();
                long meaningful = words.stream().filter(w -> !SMALL.contains(w)).count();
                if (words.size() < 3 && meaningful < 2) {
                    continue;
                }
                var probe = probe(phrase, misconception);
                for (String word : new java.util.LinkedHashSet<>(words)) {
                    // a number stands for itself: "409" alone is "409 conflict"
                    if (SMALL.contains(word) || word.chars().allMatch(Character::isDigit)
                            || !meets(rubric, probe, "It is " + word + ".", misconception)) {
                        continue;
                    }
                    String rest = String.join(" ", words.stream().filter(w -> !w.equals(word)).toList());
                    if (rest.isBlank() || !meets(rubric, probe, "It is " + rest + ".", misconception)) {
                        out.add(advice(Kind.HOLLOW_PHRASE, challengeId, at + ".evidence[" + i + "][" + j + "]",
                                "challenge '" + challengeId + "': phrase '" + phrase + "' of " + where + " is "
                                + (misconception ? "found in" : "met by") + " the word '" + word + "' alone (its other "
                                + "words are grammar to the grader), so any answer that says '" + word + "' "
                                + (misconception ? "is marked with it; say the wrong claim" : "meets it; say the point")
                                + " in words that carry it"));
                        break;
                    }
                }
            }
        }
    }

    /** A question of one phrase: the criterion's evidence, or a misconception's. */
    private static Challenge probe(String phrase, boolean misconception) {
        var evidence = List.of(dev.interviewcoach.api.Evidence.of(phrase));
        var criterion = dev.interviewcoach.api.Criterion.of("point", 1, "The point.",
                misconception ? List.of(dev.interviewcoach.api.Evidence.of("unrelated placeholder words")) : evidence);
        var c = Challenge.of("advice.define.phrase", "advice", dev.interviewcoach.api.ChallengeLevel.DEFINE,
                "advice.phrase", dev.interviewcoach.api.Prompt.of("What?"),
                dev.interviewcoach.api.Rubric.of(List.of(criterion)), "-");
        if (!misconception) {
            return c;
        }
        return new Challenge(c.id(), c.conceptId(), c.level(), c.topicId(), List.of(), c.prompt(), c.rubric(),
                List.of(new dev.interviewcoach.api.Misconception("claim", "The claim.", evidence, "Not so.")),
                c.referenceAnswer(), List.of(), List.of(), List.of(), List.of());
    }

    private static boolean meets(Grader rubric, Challenge probe, String answer, boolean misconception) {
        var grade = rubric.grade(GradingRequest.of(probe, Answer.of(answer)));
        return misconception ? !grade.misconceptions().isEmpty()
                : grade.isScored() && grade.criteria().get(0).credit() >= 1.0;
    }

    /** Small words that do not make a phrase say more than its one other word ("the mdc"). */
    private static final java.util.Set<String> SMALL = java.util.Set.of("the", "a", "an", "of", "to", "in", "on", "for",
            "with", "and", "or", "is", "it", "its");

    /**
     * The number (from 1) of the first evidence idea whose every phrase has at most one word besides
     * small ones, and at least one phrase has that word (an idea of small words alone is {@link #silent}).
     */
    private static java.util.Optional<Integer> loneWords(List<dev.interviewcoach.api.Evidence> ideas) {
        for (int i = 0; i < ideas.size(); i++) {
            long most = ideas.get(i).paraphrases().stream().mapToLong(TrackAdvice::words).max().orElse(0);
            if (most == 1) {
                return java.util.Optional.of(i + 1);
            }
        }
        return java.util.Optional.empty();
    }

    /** A phrase and its place among the ideas: {@code [idea][phrase]}. */
    private record Placed(String phrase, String at) {}

    /** The first phrase made only of small words ("the of it"), which no answer can meet, or empty. */
    private static java.util.Optional<Placed> silent(List<dev.interviewcoach.api.Evidence> ideas) {
        for (int i = 0; i < ideas.size(); i++) {
            var phrases = ideas.get(i).paraphrases();
            for (int j = 0; j < phrases.size(); j++) {
                if (words(phrases.get(j)) == 0) {
                    return java.util.Optional.of(new Placed(phrases.get(j), "[" + i + "][" + j + "]"));
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static ContentAdvice silentAdvice(Challenge c, Placed phrase, String at, String where) {
        return advice(Kind.SILENT_PHRASE, c.id(), at + ".evidence" + phrase.at(), "challenge '" + c.id() + "': the phrase '"
                + phrase.phrase() + "' of " + where + " has only small grammar words, which the grader leaves out, so no "
                + "answer can meet it; write the point in words that carry it");
    }

    private static long words(String phrase) {
        return java.util.Arrays.stream(phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+"))
                .filter(w -> !w.isEmpty() && !SMALL.contains(w)).count();
    }
}
