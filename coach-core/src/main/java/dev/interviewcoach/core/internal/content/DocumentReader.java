package dev.interviewcoach.core.internal.content;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads one document into its {@link Docs} type in three steps, each recording its problems with
 * their places: the text within its limits ({@link DocumentText}), the YAML tree ({@link YamlReader}),
 * the records ({@link Binder}).
 */
final class DocumentReader {
    private DocumentReader() {}

    /**
     * Reads a document.
     *
     * @param where the document, where its locations and problems go
     * @param in its bytes
     * @param type the document type
     * @return the document, possibly incomplete (see {@link Binder}); empty when it could not be read
     * @throws IOException when the stream fails
     */
    static <T extends Record> Optional<T> read(Where where, InputStream in, Class<T> type) throws IOException {
        return DocumentText.read(where.resource(), in, where.problems())
                .flatMap(text -> YamlReader.read(where.resource(), text, where.problems()))
                .map(root -> Binder.bind(root, type, where));
    }
}
