package ir.bashgah.imports.application;

import ir.bashgah.imports.domain.memberimport.MemberImport;
import java.time.Instant;

/** An import as the API shows it. The id is text: a 64-bit id does not survive a JavaScript number. */
public record MemberImportView(
    String id,
    String fileName,
    String kind,
    String status,
    long rowsRead,
    long imported,
    long failed,
    String message,
    String actor,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt) {

  public static MemberImportView of(MemberImport i) {
    return new MemberImportView(Long.toString(i.id()), i.fileName(), i.kind().name(), i.status().name(), i.rowsRead(), i.imported(), i.failed(),
        i.message(), i.actor(), i.createdAt(), i.startedAt(), i.finishedAt());
  }
}
