package ir.bashgah.imports.domain.memberimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Uploaded files, stored as they arrive, never held in memory, with their SHA-256 computed on the way
 * (what an Idempotency-Key is compared by).
 */
public interface Uploads {
  /** A file stored: where, its size and its hash. */
  record Stored(Path path, long bytes, String sha256) {}

  /** A body larger than the limit; the partial file is already deleted. */
  final class TooLarge extends IOException {
    public TooLarge() {
      super("too large");
    }
  }

  /** The body could not be read to its end (the client went away); the partial file is already deleted. */
  final class Unreadable extends IOException {
    public Unreadable(IOException cause) {
      super("the upload broke off", cause);
    }
  }

  Stored store(InputStream body, long maxBytes) throws IOException;
}
