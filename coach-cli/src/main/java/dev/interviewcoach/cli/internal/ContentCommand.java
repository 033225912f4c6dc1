package dev.interviewcoach.cli.internal;

import dev.interviewcoach.api.ContentProblem;
import dev.interviewcoach.api.CoachException;
import dev.interviewcoach.core.TrackLoader;
import dev.interviewcoach.spi.DocumentRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code coach content check DIR}: validates a content folder with the coach's own loader. */
@Command(name = "content", mixinStandardHelpOptions = true, description = "Work with content folders.",
        subcommands = ContentCommand.Check.class)
final class ContentCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw CliFailure.usage("`" + GlobalOptions.program() + " content` needs a command: `" + GlobalOptions.program() + " content check DIR`.");
    }

    /** {@code coach content check DIR}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Validate a track folder (track.yaml and its documents); every error, and every warning on a challenge, with file:line:column.",
                    "DIR is a track's own folder, or a folder of track folders: each of those is checked."})
    static final class Check implements Callable<Integer> {
        @ParentCommand
        private ContentCommand parent;

        @Parameters(paramLabel = "DIR", description = "The folder holding track.yaml, or holding track folders.")
        private Path dir;

        @Override
        public Integer call() {
            var env = parent.root.env();
            if (!Files.isDirectory(dir)) {
                throw CliFailure.failed(dir + ": not a folder");
            }
            boolean clean = true;
            for (var result : check(dir)) {
                int shown = Math.min(result.errors().size(), MOST_SHOWN);
                result.errors().subList(0, shown).forEach(e -> env.out().println(e));
                if (result.errors().size() > shown) {
                    env.out().println("... and " + count(result.errors().size() - shown, "more error") + "; fix these first");
                }
                if (result.errors().isEmpty()) {
                    result.warnings().forEach(w -> env.out().println("warning: " + w));
                    env.out().println("OK: track '" + result.trackId() + "' in " + result.dir() + ": " + result.summary()
                            + (result.warnings().isEmpty() ? "" : "; " + count(result.warnings().size(), "warning")));
                } else {
                    env.out().println(count(result.errors().size(), "error") + " in " + result.dir());
                    clean = false;
                }
            }
            return clean ? 0 : 1;
        }
    }

    @ParentCommand
    private CoachCommand root;

    /** The most errors printed: a document broken everywhere says enough in its first ones. */
    static final int MOST_SHOWN = 200;

    /**
     * What a check of one track found: errors the track does not load or cannot work with, warnings on how
     * it grades.
     */
    record Result(String trackId, Path dir, List<String> errors, List<String> warnings, String summary) {
        Result(String trackId, Path dir, List<String> errors) {
            this(trackId, dir, errors, List.of(), "");
        }
    }

    /** A number of things, in the singular for one: "1 concept", "2 concepts". */
    static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    /**
     * Checks the tracks of a folder (one track's own folder, or each track folder in it) with the coach's
     * own loader, which reports every problem of every document at once; a track's base comes from the
     * same folder or the tracks on the class path.
     *
     * @throws CliFailure when the folder holds no track
     */
    static List<Result> check(Path dir) {
        var folder = ContentFolder.of(dir);
        var loader = TrackLoader.discover(folder.provider());
        return folder.tracks().keySet().stream().map(id -> check(folder, loader, id)).toList();
    }

    private static Result check(ContentFolder folder, TrackLoader loader, String trackId) {
        Path dir = folder.tracks().get(trackId);
        try {
            var errors = new ArrayList<String>();
            for (ContentProblem p : loader.validate(trackId)) {
                errors.add(folder.describe(p));
            }
            if (!errors.isEmpty()) {
                return new Result(trackId, dir, errors);
            }
            // read from the documents, as validate did, so that each warning on a challenge has its place
            var documents = loader.withoutSnapshots();
            var track = documents.load(trackId);
            String summary = count(track.concepts().size(), "concept") + ", " + count(track.challenges().size(), "challenge")
                    + ", " + count(track.bossChallenges().size(), "boss challenge");
            var warnings = new ArrayList<String>();
            if (TrackLoader.discover().trackIds().contains(trackId)) {
                warnings.add("track '" + trackId + "' has the id of a shipped track: with --content it "
                        + "replaces that track; give it an id of its own unless that is what you mean");
            }
            var base = track.baseId().map(documents::load);
            warnings.addAll(unlisted(dir));
            warnings.addAll(unusedTopics(track, base));
            for (var advice : dev.interviewcoach.core.TrackAdvice.advise(track, base)) {
                warnings.add(describe(folder, advice));
            }
            return new Result(trackId, dir, List.of(), warnings, summary);
        } catch (CoachException e) {
            return new Result(trackId, dir, List.of(whereInManifest(dir, e.getMessage())));
        }
    }

    /**
     * An advice as an author reads it: at its file, line, column and field, as an error is ({@code
     * acme/http/one.yaml:23:9 at challenges[0].samples[1]: ...}), its document written as the file it is; or
     * its message alone when it has no place.
     */
    static String describe(ContentFolder folder, dev.interviewcoach.core.ContentAdvice advice) {
        return advice.location().map(l -> folder.describe(new ContentProblem(l.resource(), l.line(), l.column(), l.field(),
                advice.message()))).orElseGet(advice::toString);
    }

    /**
     * YAML documents in the folder that track.yaml does not name: written, but never loaded (a document
     * left out of {@code documents:} is the usual cause of a challenge that "does not appear").
     */
    static List<String> unlisted(Path dir) {
        Path manifest = dir.resolve(DocumentRequest.MANIFEST);
        try (var files = Files.walk(dir, 8)) {
            String listed = Files.readString(manifest);
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().matches(".*\\.ya?ml"))
                    .filter(f -> !f.equals(manifest))
                    .map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .filter(name -> !name.startsWith(".") && !listed.contains(name))
                    .sorted()
                    .map(name -> dir.resolve(name) + ": this document is not listed under documents: in track.yaml, "
                            + "so nothing in it is loaded")
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    /** Topics of the track (for a variant: that it adds) that no challenge or criterion is about. */
    static List<String> unusedTopics(dev.interviewcoach.api.Track track, java.util.Optional<dev.interviewcoach.api.Track> base) {
        var used = new java.util.HashSet<String>();
        java.util.stream.Stream.concat(track.challenges().stream(), track.bossChallenges().stream())
                .forEach(c -> {
                    used.addAll(c.allTopicIds());
                    c.rubric().criteria().forEach(criterion -> criterion.topicId().ifPresent(used::add));
                });
        var inBase = new java.util.HashSet<String>();
        base.ifPresent(b -> b.concepts().forEach(c -> c.topics().forEach(t -> inBase.add(t.id()))));
        var out = new ArrayList<String>();
        for (var concept : track.concepts()) {
            for (var topic : concept.topics()) {
                if (!used.contains(topic.id()) && !inBase.contains(topic.id())) {
                    out.add("topic '" + topic.id() + "' of concept '" + concept.id() + "' has no challenge: no question "
                            + "practises it");
                }
            }
        }
        return out;
    }

    /**
     * A failure of the whole track, placed in track.yaml where it can be: a base no provider supplies is
     * reported at the {@code base:} line, in an author's words rather than the library's advice to hosts.
     */
    private static String whereInManifest(Path dir, String message) {
        Path manifest = dir.resolve(DocumentRequest.MANIFEST);
        var missing = java.util.regex.Pattern.compile("no TrackProvider supplies track '([^']*)'; known tracks: (\\[[^]]*])")
                .matcher(message);
        if (missing.find()) {
            try {
                var lines = Files.readAllLines(manifest);
                for (int i = 0; i < lines.size(); i++) {
                    var base = java.util.regex.Pattern.compile("^base:[ \\t]*['\"]?(" + java.util.regex.Pattern.quote(missing.group(1))
                            + ")").matcher(lines.get(i));
                    if (base.find()) {
                        return manifest + ":" + (i + 1) + ":" + (base.start(1) + 1) + " at base: no track '" + missing.group(1)
                                + "' to build on; the tracks there are " + missing.group(2);
                    }
                }
            } catch (java.io.IOException | RuntimeException unreadable) {
                // reported as the library says it below
            }
        }
        return manifest + ":0:0: " + message;
    }
}
