package ir.bashgah.imports.infra;

import ir.bashgah.imports.domain.memberimport.Uploads;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Uploaded files, streamed to a temporary file as they arrive, with their SHA-256 computed on the way.
 */
@ApplicationScoped
public class TempFileUploads implements Uploads {
  @Override
  public Stored store(InputStream body, long maxBytes) throws IOException {
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "bashgah-imports");
    Files.createDirectories(dir);
    Path file = Files.createTempFile(dir, "import-", ".upload");
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    long total = 0;
    try (InputStream in = body; OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      for (int n; in != null && (n = read(in, buffer)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw new TooLarge();
        }
        sha.update(buffer, 0, n);
        out.write(buffer, 0, n);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return new Stored(file, total, HexFormat.of().formatHex(sha.digest()));
  }

  /** Reads from the client, telling a broken upload apart from a failure to write the file. */
  private static int read(InputStream in, byte[] buffer) throws IOException {
    try {
      return in.read(buffer);
    } catch (IOException e) {
      throw new Unreadable(e);
    }
  }
}
