package dev.interviewcoach.core;

import dev.interviewcoach.api.Track;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Loads test fixtures through the real loader, each inside a small track on disk. */
final class ContentFixtures {
    private ContentFixtures() {}

    static Path dir(String name) {
        try {
            return Path.of(ContentFixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> list(String name) {
        try (Stream<Path> files = Files.list(dir(name))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The problems a fixture's {@code # expect:} lines name, as {@code line:column at field: message}
     * (without {@code at field} when the field is empty), in the order the loader sorts them.
     */
    static List<String> expectedProblems(Path fixture) {
        try {
            return Files.readAllLines(fixture).stream().filter(l -> l.startsWith("# expect: "))
                    .map(l -> l.substring("# expect: ".length())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A problem in the form of a fixture's {@code # expect:} line. */
    static String expectLine(dev.interviewcoach.api.ContentProblem p) {
        return p.line() + ":" + p.column() + (p.field().isEmpty() ? "" : " at " + p.field()) + ": " + p.message();
    }

    /** Loads a challenge document as the only document of the fixture base track. */
    static Track loadChallengeDocument(Path document, Path root) throws IOException {
        Path track = Files.createDirectories(root.resolve("fixture"));
        String manifest = Files.readString(dir("manifests").resolve("good-base.yaml"))
                .replace("documents: []", "documents: [" + document.getFileName() + "]");
        Files.writeString(track.resolve("track.yaml"), manifest);
        Files.copy(document, track.resolve(document.getFileName()));
        return TrackLoader.of(TrackProviders.directory(root)).load("fixture");
    }

    /** Loads a manifest as track "fixture", with the base track available as "fixture-base". */
    static Track loadManifest(Path manifest, Path root) throws IOException {
        Path base = Files.createDirectories(root.resolve("fixture-base"));
        Files.writeString(base.resolve("track.yaml"),
                Files.readString(dir("manifests").resolve("good-base.yaml")).replace("id: fixture", "id: fixture-base"));
        Path track = Files.createDirectories(root.resolve("fixture"));
        Files.copy(manifest, track.resolve("track.yaml"));
        return TrackLoader.of(TrackProviders.directory(root)).load("fixture");
    }

    /**
     * Loads a layering fixture: the manifest as variant "fixture" of the layering base track
     * "fixture-base", with every shared layering document beside it for the manifest to list.
     */
    static TrackLoader layered(Path manifest, Path root) throws IOException {
        Path base = Files.createDirectories(root.resolve("fixture-base"));
        for (Path f : list("layering/base")) {
            Files.copy(f, base.resolve(f.getFileName()));
        }
        Path track = Files.createDirectories(root.resolve("fixture"));
        for (Path f : list("layering/documents")) {
            Files.copy(f, track.resolve(f.getFileName()));
        }
        Files.copy(manifest, track.resolve("track.yaml"));
        return TrackLoader.of(TrackProviders.directory(root));
    }
}
