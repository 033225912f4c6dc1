package dev.interviewcoach.cli.internal;

import dev.interviewcoach.api.ContentException;
import dev.interviewcoach.api.ContentProblem;
import dev.interviewcoach.core.TrackProviders;
import dev.interviewcoach.spi.DocumentRequest;
import dev.interviewcoach.spi.TrackProvider;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A folder given to {@code content check} or {@code --content}: one track's own folder (holding {@code
 * track.yaml}), or a folder of track folders ({@code ROOT/mq/track.yaml}), served as {@link
 * TrackProviders#directory} serves it: each track under the id its manifest gives. Documents are read
 * only from inside their track's folder.
 *
 * @param root the folder given
 * @param tracks each track's folder, by track id
 * @param provider serves the tracks
 */
record ContentFolder(Path root, SortedMap<String, Path> tracks, TrackProvider provider) {
    /**
     * The tracks of a folder.
     *
     * @param root the folder
     * @return its tracks
     * @throws CliFailure when it holds no track, saying both places looked at, or cannot be served
     */
    static ContentFolder of(Path root) {
        SortedMap<String, Path> tracks;
        try {
            tracks = TrackProviders.trackFolders(root);
        } catch (ContentException e) {
            throw CliFailure.failed(e.getMessage());
        }
        if (tracks.isEmpty()) {
            throw CliFailure.failed(root + ": no track here: neither " + root.resolve(DocumentRequest.MANIFEST)
                    + " nor any " + root.resolve("*").resolve(DocumentRequest.MANIFEST) + " exists; give a track's own "
                    + "folder (the one holding track.yaml) or a folder of track folders");
        }
        return new ContentFolder(root, tracks, TrackProviders.directory(root));
    }

    /** Where a duplicate's message names the first of its kind: "(first in track/doc.yaml:2:9)". */
    private static final Pattern FIRST_IN = Pattern.compile("(?<=\\(first in )[^:()]+");

    /**
     * A problem as an author reads it, each document it names (its own, and the one a duplicate's message
     * names) written as the file it is.
     */
    String describe(ContentProblem p) {
        String message = FIRST_IN.matcher(p.message()).replaceFirst(m -> Matcher.quoteReplacement(file(m.group())));
        return new ContentProblem(file(p.resource()), p.line(), p.column(), p.field(), message).toString();
    }

    /** A problem's document ({@code trackId/path}) as the file it is, when it is one of these tracks'. */
    String file(String resource) {
        int slash = resource.indexOf('/');
        Path folder = slash < 0 ? null : tracks.get(resource.substring(0, slash));
        return folder == null ? resource : folder.resolve(resource.substring(slash + 1)).toString();
    }
}
