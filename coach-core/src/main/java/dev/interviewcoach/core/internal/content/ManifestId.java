package dev.interviewcoach.core.internal.content;

import dev.interviewcoach.spi.DocumentRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The {@code id} a track manifest gives itself, read as the loader reads it (within the same limits,
 * as YAML), for a provider that must name a track before loading it.
 */
public final class ManifestId {
    private ManifestId() {}

    /**
     * Reads a manifest's top-level {@code id}.
     *
     * @param in the manifest's bytes
     * @return the id as written, or empty when the manifest cannot be read or gives no id as text (its
     *     problems are the loader's to report)
     * @throws IOException when the stream fails
     */
    public static Optional<String> read(InputStream in) throws IOException {
        return DocumentText.read(DocumentRequest.MANIFEST, in, new Problems())
                .flatMap(text -> YamlReader.read(DocumentRequest.MANIFEST, text, new Problems()))
                .flatMap(root -> root instanceof YamlNode.Mapping m
                        ? m.entries().stream().filter(e -> e.key().equals("id")).findFirst() : Optional.empty())
                .map(YamlNode.Mapping.Entry::value)
                .filter(v -> v instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.TEXT && !s.text().isBlank())
                .map(v -> ((YamlNode.Scalar) v).text());
    }
}
