package dev.interviewcoach.cli.internal;

import dev.interviewcoach.api.ContentException;
import dev.interviewcoach.api.CoachException;
import dev.interviewcoach.core.TrackLoader;
import dev.interviewcoach.spi.DocumentRequest;
import dev.interviewcoach.spi.TrackProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ServiceLoader;
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
        throw CliFailure.usage("`coach content` needs a command: `coach content check DIR`.");
    }

    /** {@code coach content check DIR}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Validate a track folder (track.yaml and its documents); every error with file:line:column.")
    static final class Check implements Callable<Integer> {
        /** How many documents a check replaces before it gives up looking for more errors. */
        private static final int MAX_ERRORS = 50;

        @ParentCommand
        private ContentCommand parent;

        @Parameters(paramLabel = "DIR", description = "The folder holding track.yaml.")
        private Path dir;

        @Override
        public Integer call() {
            var env = parent.root.env();
            if (!Files.isDirectory(dir)) {
                throw CliFailure.failed(dir + ": not a folder");
            }
            var result = check(dir);
            result.errors().forEach(e -> env.out().println(e));
            if (result.errors().isEmpty()) {
                env.out().println("OK: track '" + result.trackId() + "' in " + dir + ": " + result.summary());
                return 0;
            }
            env.out().println(result.errors().size() + " error(s) in " + dir);
            return 1;
        }
    }

    @ParentCommand
    private CoachCommand root;

    /** What a check found. */
    record Result(String trackId, List<String> errors, String summary) {}

    /**
     * Loads the track in a folder; after an error in a document, loads again with that document
     * replaced by an empty one, so every broken document is reported, each error with its place.
     */
    static Result check(Path dir) {
        var provider = DirectoryTrackProvider.of(dir);
        var others = new ArrayList<TrackProvider>();
        ServiceLoader.load(TrackProvider.class).forEach(p -> {
            if (!p.trackIds().contains(provider.trackId())) {
                others.add(p);
            }
        });
        var errors = new LinkedHashSet<String>();
        var all = new ArrayList<TrackProvider>(others);
        all.add(0, provider);
        // one loader for every round: a base track loads once, and a failed load is not cached
        var loader = TrackLoader.of(all.toArray(TrackProvider[]::new));
        String prefix = provider.trackId() + "/";
        for (int round = 0; round < Check.MAX_ERRORS; round++) {
            try {
                var track = loader.load(provider.trackId());
                String summary = track.concepts().size() + " concepts, " + track.challenges().size() + " challenges, "
                        + track.bossChallenges().size() + " boss challenge(s)";
                return new Result(provider.trackId(), List.copyOf(errors), summary);
            } catch (ContentException e) {
                String document = e.resource().startsWith(prefix) ? e.resource().substring(prefix.length()) : e.resource();
                String message = e.getMessage();
                int colon = message.indexOf(": ");
                boolean added = errors.add(dir.resolve(document) + ":" + e.line() + ":" + e.column()
                        + (e.field().isEmpty() ? "" : " at " + e.field()) + ": "
                        + (colon >= 0 ? message.substring(colon + 2) : message));
                if (!added || document.equals(DocumentRequest.MANIFEST) || !e.resource().startsWith(prefix)) {
                    break;
                }
                provider.standIn(document, "challenges: []\n");
            } catch (CoachException e) {
                errors.add(dir.resolve(DocumentRequest.MANIFEST) + ":0:0: " + e.getMessage());
                break;
            }
        }
        return new Result(provider.trackId(), List.copyOf(errors), "");
    }
}
