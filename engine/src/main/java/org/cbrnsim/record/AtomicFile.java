package org.cbrnsim.record;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file complete or not at all: the content goes to a hidden temporary file beside the target,
 * which is made readable like any other result (rw-r--r--) and then moved into place in one step. On
 * failure the temporary file is removed and an existing target is left as it was.
 */
public final class AtomicFile {

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes {@code target}, replacing it if it exists (for files a rebuild may redo: charts, the report). */
    public static Path replace(Path target, Content content) throws IOException {
        return write(target, content, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Writes {@code target}, which must not exist yet (the move fails rather than replace it). */
    public static Path create(Path target, Content content) throws IOException {
        return write(target, content, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path write(Path target, Content content, CopyOption... options) throws IOException {
        Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                content.writeTo(out);
            }
            if (temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(temporary, target, options);
        } catch (IOException | RuntimeException | Error failure) {
            Files.deleteIfExists(temporary);
            throw failure;
        }
        return target;
    }
}
