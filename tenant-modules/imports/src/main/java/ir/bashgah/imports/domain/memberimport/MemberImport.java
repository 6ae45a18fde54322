package ir.bashgah.imports.domain.memberimport;

import java.time.Instant;

/** One upload of a member file and how far its processing has come. */
public record MemberImport(
    long id,
    String fileName,
    FileKind kind,
    String fileSha256,
    long fileBytes,
    String idempotencyKey,
    ImportStatus status,
    long rowsRead,
    long imported,
    long failed,
    String message,
    String actor,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt) {}
