package ir.bashgah.imports.application;

import ir.bashgah.imports.domain.memberimport.Columns;
import ir.bashgah.imports.domain.memberimport.FileKind;
import ir.bashgah.imports.domain.memberimport.ImportStatus;
import ir.bashgah.imports.domain.memberimport.MemberImport;
import ir.bashgah.imports.domain.memberimport.MemberImports;
import ir.bashgah.imports.domain.memberimport.Sheet;
import ir.bashgah.imports.domain.memberimport.Sheets;
import ir.bashgah.imports.domain.memberimport.Uploads;
import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.persistence.Constraints;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Takes an uploaded member file (M1, L7, P10): stores it, refuses at once what cannot be an import (a
 * type other than CSV or XLSX, an empty file, a header without the required columns), records the
 * import and hands it to {@link RunMemberImport}. An Idempotency-Key sent again with the same file
 * answers the import it started; with another file it is refused.
 */
@ApplicationScoped
public class StartMemberImport {
  /** The import, and whether it was started by an earlier upload with the same key. */
  public record Started(MemberImportView memberImport, boolean replayed) {}

  static final long MAX_BYTES = 512L * 1024 * 1024;
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,64}");

  @Inject MemberImports imports;
  @Inject RunMemberImport runner;
  @Inject Transactions tx;
  @Inject Clock clock;
  @Inject Uploads uploads;
  @Inject Sheets sheets;

  /**
   * @param announcedBytes the body's Content-Length, or -1 when it is sent without one: a file announced
   *     as larger than the limit is refused before a byte of it is read
   */
  public Started start(InputStream body, String contentType, long announcedBytes, String fileName, String idempotencyKey) {
    FileKind kind = FileKind.of(contentType).orElseThrow(() -> new Problem(ProblemType.UNSUPPORTED_MEDIA_TYPE,
        "Send the file as the body with Content-Type text/csv or " + FileKind.XLSX.mediaType() + " (it was " + contentType + ")"));
    if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
      throw new Problem(ProblemType.IDEMPOTENCY_KEY_REQUIRED, "The Idempotency-Key must be 1 to 64 visible ASCII characters");
    }
    if (fileName != null && fileName.length() > 200) {
      throw Problem.invalid("name", "must be at most 200 characters");
    }
    if (announcedBytes > MAX_BYTES) {
      throw tooLarge();
    }
    // Looked up here, on the request thread: java:comp names resolve only in a thread of the application.
    ExecutorService executor = lookup("java:comp/DefaultManagedExecutorService");
    ManagedThreadFactory threads = lookup("java:comp/DefaultManagedThreadFactory");
    Uploads.Stored file = store(body);
    boolean handedOver = false;
    try {
      requireImportable(kind, file);
      MemberImport fresh = new MemberImport(Ids.next(), fileName == null || fileName.isBlank() ? null : fileName.strip(), kind, file.sha256(), file.bytes(),
          idempotencyKey, ImportStatus.RUNNING, 0, 0, 0, null, CallContext.actor().name(), clock.instant(), null, null);
      MemberImport recorded = record(fresh);
      if (recorded.id() != fresh.id()) {
        return new Started(MemberImportView.of(recorded), true);
      }
      runner.submit(recorded, file.path(), executor, threads);
      handedOver = true;
      return new Started(MemberImportView.of(recorded), false);
    } finally {
      if (!handedOver) {
        delete(file.path());
      }
    }
  }

  /** Stores the new import, or answers the one its Idempotency-Key already started (422 for another file). */
  private MemberImport record(MemberImport fresh) {
    for (int attempt = 1; ; attempt++) {
      try {
        return tx.inNew(() -> {
          if (fresh.idempotencyKey() != null) {
            MemberImport earlier = imports.byKeyForUpdate(fresh.idempotencyKey()).orElse(null);
            if (earlier != null) {
              if (!earlier.fileSha256().equals(fresh.fileSha256())) {
                throw new Problem(ProblemType.IDEMPOTENCY_KEY_REUSE,
                    "This Idempotency-Key already started import " + earlier.id() + " with another file; use a new key for a new file");
              }
              return earlier;
            }
          }
          imports.add(fresh);
          return fresh;
        });
      } catch (RuntimeException e) {
        // Two uploads with one new key at once: the unique key (or InnoDB's gap locks) lets one win; the other reads its row.
        if (attempt < 3 && (Constraints.isDuplicateKey(e) || Constraints.isLockConflict(e))) {
          continue;
        }
        throw e;
      }
    }
  }

  private void requireImportable(FileKind kind, Uploads.Stored file) {
    if (file.bytes() == 0) {
      throw Problem.invalid("file", "is empty; send the file as the request body");
    }
    List<String>[] header = new List[1];
    try {
      sheets.of(kind).read(file.path(), new Sheet.Rows() {
        @Override
        public void header(long row, List<String> cells) {
          header[0] = cells;
          throw new Sheet.Stop();
        }

        @Override
        public void row(long row, List<String> cells) {
          throw new Sheet.Stop();
        }
      });
    } catch (Sheet.BrokenFile e) {
      throw Problem.invalid("file", e.getMessage());
    }
    if (header[0] == null) {
      throw Problem.invalid("file", "has no rows; the first row must name the columns (firstName, lastName, mobile, ...)");
    }
    Columns.of(header[0]);
  }

  private Uploads.Stored store(InputStream body) {
    try {
      return uploads.store(body, MAX_BYTES);
    } catch (Uploads.TooLarge e) {
      throw tooLarge();
    } catch (Uploads.Unreadable e) {
      // The client stopped sending (or its connection broke) before the end of the file: nothing is recorded.
      throw new Problem(ProblemType.MALFORMED_REQUEST, "The file could not be read to its end; send it again");
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store the uploaded file", e);
    }
  }

  private static Problem tooLarge() {
    return Problem.invalid("file", "is larger than " + MAX_BYTES / 1024 / 1024 + " MiB; split it into several files");
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a temporary file; the operating system's cleaning will take it
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T lookup(String name) {
    try {
      return (T) InitialContext.doLookup(name);
    } catch (NamingException e) {
      throw new IllegalStateException("The container offers no " + name, e);
    }
  }
}
