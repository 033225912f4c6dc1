package dev.interviewcoach.core;

import dev.interviewcoach.api.ContentException;
import dev.interviewcoach.core.internal.content.ManifestId;
import dev.interviewcoach.spi.DocumentRequest;
import dev.interviewcoach.spi.TrackProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Ready-made {@link TrackProvider}s, for content authors working on files.
 *
 * @since 0.1
 */
public final class TrackProviders {
    private TrackProviders() {}

    /**
     * A provider over a folder whose sub-folders each hold one track ({@code <root>/<folder>/track.yaml}),
     * or over one track's own folder.
     *
     * <p>Either way a track is served under the {@code id} its manifest gives, whatever its folder is
     * called (under the folder's name when the manifest gives none it can be read by; loading then
     * reports why). A folder that itself holds {@code track.yaml} is that track, and its sub-folders are
     * not looked into: {@code directory(Path.of("content"))} and {@code
     * directory(Path.of("content/acme"))} both serve the track whose manifest says {@code id:
     * acme-platform} under that id, as {@code coach content check} and {@code coach --content} take either.
     * {@link #trackFolders(Path)} says which folder holds which track.
     *
     * <p>A document is read only from inside its track's folder: a symbolic link that stays inside the
     * folder is followed, one that leads out of it is refused (the load reports it at the document's
     * entry in the manifest), and so is anything that is not a regular file.
     *
     * <p>A folder that does not exist, or is not a folder, is a {@link ContentException} of that
     * folder as a whole (line 0) when its tracks are listed, that is when a {@link TrackLoader} is
     * made over the provider; so is a folder that cannot be read, and one with two track folders whose
     * manifests give the same id.
     *
     * @param root the folder
     * @return the provider
     */
    public static TrackProvider directory(Path root) {
        java.util.Objects.requireNonNull(root, "root");
        return new TrackProvider() {
            @Override
            public Set<String> trackIds() {
                return trackFolders(root).keySet();
            }

            @Override
            public InputStream open(DocumentRequest request) throws IOException {
                Path folder;
                try {
                    folder = trackFolders(root).get(request.trackId());
                } catch (ContentException e) {
                    throw new IOException(e.getMessage(), e);
                }
                if (folder == null) {
                    throw new java.nio.file.NoSuchFileException("no track '" + request.trackId() + "' in " + root);
                }
                return openInside(folder, request.name());
            }
        };
    }

    /**
     * The folders {@link #directory(Path)} serves tracks from, by the id each track is served under:
     * the folder itself when it holds {@code track.yaml}, else each of its sub-folders that does.
     *
     * @param root the folder
     * @return the track folders by track id, sorted by id; empty when neither {@code root/track.yaml} nor
     *     any {@code root/*}{@code /track.yaml} exists
     * @throws ContentException of the folder as a whole (line 0) when it does not exist, is not a folder,
     *     cannot be read, or has two track folders whose manifests give the same id
     * @since 0.1
     */
    public static SortedMap<String, Path> trackFolders(Path root) {
        java.util.Objects.requireNonNull(root, "root");
        if (!Files.isDirectory(root)) {
            throw new ContentException(root.toString(), 0, 0, "", Files.exists(root)
                    ? "is not a folder: a content folder holds one folder per track, or is a track's own folder"
                    : "no such content folder");
        }
        var folders = new TreeMap<String, Path>();
        if (isTrack(root)) {
            folders.put(ownId(root), root);
            return Collections.unmodifiableSortedMap(folders);
        }
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : (Iterable<Path>) children.filter(TrackProviders::isTrack).sorted()::iterator) {
                String id = ownId(child);
                Path other = folders.putIfAbsent(id, child);
                if (other != null) {
                    throw new ContentException(root.toString(), 0, 0, "", "the track folders '" + other.getFileName()
                            + "' and '" + child.getFileName() + "' both hold track '" + id + "' (the id in "
                            + "their track.yaml); give each track an id of its own");
                }
            }
        } catch (IOException | UncheckedIOException e) {
            var problem = new ContentException(root.toString(), 0, 0, "", "cannot list the tracks of this "
                    + "content folder: " + e.getMessage());
            problem.initCause(e);
            throw problem;
        }
        return Collections.unmodifiableSortedMap(folders);
    }

    private static boolean isTrack(Path folder) {
        return Files.isRegularFile(folder.resolve(DocumentRequest.MANIFEST));
    }

    /** The id a track's folder is served under: its manifest's, else the folder's name. */
    private static String ownId(Path folder) {
        try (InputStream in = openInside(folder, DocumentRequest.MANIFEST)) {
            var id = ManifestId.read(in);
            if (id.isPresent()) {
                return id.get();
            }
        } catch (IOException | UncheckedIOException e) {
            // the load opens the manifest again and reports why it cannot
        }
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return name == null ? "track" : name.toString();
    }

    /**
     * One track whose documents lie in a folder: {@code track.yaml} and the documents it lists, by
     * their paths relative to the folder. Documents are read only from inside it: a symbolic link that
     * stays inside is followed, one that leads out is refused.
     *
     * @param folder the track's folder
     * @param trackId the id the track is served under
     * @return the provider
     */
    public static TrackProvider folder(Path folder, String trackId) {
        java.util.Objects.requireNonNull(folder, "folder");
        java.util.Objects.requireNonNull(trackId, "trackId");
        return new TrackProvider() {
            @Override
            public Set<String> trackIds() {
                return Set.of(trackId);
            }

            @Override
            public InputStream open(DocumentRequest request) throws IOException {
                if (!trackId.equals(request.trackId())) {
                    throw new java.nio.file.NoSuchFileException("no track '" + request.trackId() + "' in " + folder);
                }
                return openInside(folder, request.name());
            }
        };
    }

    private static InputStream openInside(Path folder, String name) throws IOException {
        Path real = folder.resolve(name).toRealPath();
        if (!real.startsWith(folder.toRealPath())) {
            throw new IOException(name + " leads out of the track's folder (a symbolic link); refused");
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(name + " is not a regular file");
        }
        return Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS);
    }
}
