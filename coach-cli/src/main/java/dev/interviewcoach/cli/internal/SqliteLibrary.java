package dev.interviewcoach.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Lets the SQLite driver load its native library from a folder where it was extracted once, named
 * by the system property {@value #FOLDER_PROPERTY} ({@code ./coach} names one in its build folder).
 * Without it the driver copies the library out of its jar into a new temporary file, and compares the
 * copy with the original, on every start. The library is kept under the driver's version and the
 * platform's folder name, so another driver never loads it; when anything here fails the driver
 * extracts the library itself, as without the property.
 */
final class SqliteLibrary {
    /** The system property naming the folder. */
    static final String FOLDER_PROPERTY = "coach.sqlite.library-folder";

    private SqliteLibrary() {}

    /**
     * Points the driver at the library in the folder, extracting it there first when it is not there
     * yet; does nothing once the driver has been pointed somewhere. Called before the driver is first used.
     */
    static synchronized void useFolderFromProperty() {
        String folder = System.getProperty(FOLDER_PROPERTY);
        if (folder == null || folder.isBlank() || System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        try {
            use(Path.of(folder));
        } catch (IOException | RuntimeException e) {
            // the driver extracts its library as it does without the property
        }
    }

    static Path use(Path folder) throws IOException {
        String resourceFolder = LibraryLoaderUtil.getNativeLibResourcePath();
        String name = LibraryLoaderUtil.getNativeLibName();
        Path dir = folder.resolve(SQLiteJDBCLoader.getVersion() + resourceFolder.replace('/', '-'));
        Path library = dir.resolve(name);
        if (!Files.isRegularFile(library)) {
            extract(resourceFolder + "/" + name, library);
        }
        System.setProperty("org.sqlite.lib.path", dir.toString());
        System.setProperty("org.sqlite.lib.name", name);
        return library;
    }

    private static void extract(String resource, Path library) throws IOException {
        Files.createDirectories(library.getParent());
        Path part = Files.createTempFile(library.getParent(), library.getFileName().toString(), ".part");
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the driver has no native library " + resource);
            }
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
