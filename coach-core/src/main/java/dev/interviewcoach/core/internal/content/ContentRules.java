package dev.interviewcoach.core.internal.content;

import dev.interviewcoach.api.ChallengeLevel;
import dev.interviewcoach.api.SampleKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The authoring rules of {@code docs/content-format.md} beyond the shape of the documents: the forms of
 * ids, hints, calibration samples of every kind, and what each rung's prompt carries. Each broken rule
 * is a problem at its place; none stops the others being checked.
 */
final class ContentRules {
    /** The fewest hints a challenge has. */
    static final int MIN_HINTS = 2;
    /** The shortest time limit of a PRESSURE challenge, in seconds. */
    static final int MIN_TIME_LIMIT_SECONDS = 60;
    /** The longest time limit of a PRESSURE challenge, in seconds. */
    static final int MAX_TIME_LIMIT_SECONDS = 180;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private ContentRules() {}

    /**
     * What a track id is: lowercase letters, digits and dashes, as the manifest schema's {@code trackId}
     * says. A manifest's {@code id} and {@code base} are checked against it when they are read ({@link
     * Docs.TrackId}).
     */
    static final Pattern TRACK_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** The problem with a manifest's {@code id} or {@code base} that is no track id. */
    static String notATrackId(String value) {
        return "a track id is lowercase letters, digits and dashes, starting with a letter or digit, e.g. `backend-go`; "
                + "was " + Excerpt.quote(value);
    }

    /** A topic id is {@code <concept>.<slug>}. */
    static void topicId(String conceptId, Docs.TopicDoc topic, String field, Where at) {
        String prefix = conceptId + ".";
        if (!topic.id().startsWith(prefix) || !SLUG.matcher(topic.id().substring(prefix.length())).matches()) {
            at.at(topic, "id", field + ".id", "a topic id of concept `" + conceptId + "` reads `" + prefix
                    + "<slug>` (slug: lowercase letters, digits and dashes); was " + Excerpt.quote(topic.id()));
        }
    }

    /**
     * The rules of one challenge, ladder or boss. A ladder challenge's id is checked against its concept
     * only when the concept is known: with a concept the track lacks (a typo, most often), the id may well
     * name the concept meant, and the concept is what to fix.
     */
    static void challenge(Docs.ChallengeDoc d, String field, boolean boss, boolean conceptKnown, Where at) {
        if (boss || conceptKnown) {
            id(d, field, boss, at);
        }
        int hints = d.hints() == null ? 0 : d.hints().size();
        if (hints < MIN_HINTS) {
            at.at(d, "hints", field + ".hints", "a challenge needs at least " + MIN_HINTS
                    + " hints, each more revealing than the last; it has " + hints);
        }
        samples(d, field, at);
        rung(d, field, at);
        if (boss && (d.rubric().dimensions() == null || d.rubric().dimensions().isEmpty())) {
            at.at(d.rubric(), field + ".rubric.dimensions", "a boss challenge's rubric needs dimensions");
        }
    }

    private static void id(Docs.ChallengeDoc d, String field, boolean boss, Where at) {
        String prefix = boss ? "boss." : d.concept() + "." + d.rung().name().toLowerCase(Locale.ROOT) + ".";
        if (!d.id().startsWith(prefix) || !SLUG.matcher(d.id().substring(prefix.length())).matches()) {
            String form = boss ? "a boss challenge id reads `boss.<slug>`"
                    : "the id of a " + d.rung() + " challenge on `" + d.concept() + "` reads `" + prefix + "<slug>`";
            at.at(d, "id", field + ".id", form + " (slug: lowercase letters, digits and dashes); was " + Excerpt.quote(d.id()));
        }
    }

    private static void samples(Docs.ChallengeDoc d, String field, Where at) {
        List<String> kinds = d.samples() == null ? List.of() : d.samples().stream().map(Docs.SampleDoc::kind).toList();
        var missing = EnumSet.allOf(SampleKind.class);
        missing.removeIf(k -> kinds.contains(k.externalName()));
        // A sample of an unknown kind is reported where it stands; the kind it was meant to be is not reported missing too.
        boolean unknownKind = kinds.stream().anyMatch(k -> EnumSet.allOf(SampleKind.class).stream()
                .noneMatch(known -> known.externalName().equals(k)));
        if (!missing.isEmpty() && !unknownKind) {
            at.at(d, "samples", field + ".samples", "a challenge needs a calibration sample of every kind (strong, "
                    + "partial, weak, misconception, keyword-stuffed, echo); missing: "
                    + missing.stream().map(SampleKind::externalName).collect(Collectors.joining(", ")));
        }
    }

    private static void rung(Docs.ChallengeDoc d, String field, Where at) {
        ChallengeLevel rung = d.rung();
        if (rung == ChallengeLevel.PRESSURE) {
            if (d.timeLimitSeconds() == null) {
                at.at(d, field + ".timeLimitSeconds", "a PRESSURE challenge needs `timeLimitSeconds` ("
                        + MIN_TIME_LIMIT_SECONDS + " to " + MAX_TIME_LIMIT_SECONDS + ")");
            } else if (d.timeLimitSeconds() < MIN_TIME_LIMIT_SECONDS || d.timeLimitSeconds() > MAX_TIME_LIMIT_SECONDS) {
                at.at(d, "timeLimitSeconds", field + ".timeLimitSeconds", "a time limit is " + MIN_TIME_LIMIT_SECONDS
                        + " to " + MAX_TIME_LIMIT_SECONDS + " seconds; was " + d.timeLimitSeconds());
            }
            if (d.wordBudget() == null) {
                at.at(d, field + ".wordBudget", "a PRESSURE challenge needs `wordBudget`");
            }
        } else {
            if (d.timeLimitSeconds() != null) {
                at.at(d, "timeLimitSeconds", field + ".timeLimitSeconds",
                        "only a PRESSURE challenge has a time limit; this one is " + rung);
            }
            if (d.wordBudget() != null) {
                at.at(d, "wordBudget", field + ".wordBudget", "only a PRESSURE challenge has a word budget; this one is " + rung);
            }
        }
        if ((rung == ChallengeLevel.DEBUG || rung == ChallengeLevel.DESIGN) && d.scenario() == null) {
            at.at(d, field + ".scenario", "a " + rung + " challenge needs a `scenario`");
        }
        if (rung == ChallengeLevel.DESIGN && (d.constraints() == null || d.constraints().isEmpty())) {
            at.at(d, "constraints", field + ".constraints", "a DESIGN challenge needs at least one constraint");
        }
    }
}
