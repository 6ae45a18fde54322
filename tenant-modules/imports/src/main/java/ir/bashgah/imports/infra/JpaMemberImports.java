package ir.bashgah.imports.infra;

import ir.bashgah.imports.domain.memberimport.FileKind;
import ir.bashgah.imports.domain.memberimport.ImportStatus;
import ir.bashgah.imports.domain.memberimport.MemberImport;
import ir.bashgah.imports.domain.memberimport.MemberImports;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.members.api.RowProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The imports of the club in context and their error reports, in native SQL: the rows are written by
 * one worker per import, counts as increments in each batch's own transaction, so what the screen shows
 * as imported is exactly what has committed.
 */
@ApplicationScoped
public class JpaMemberImports implements MemberImports {
  private static final String COLUMNS = "id, file_name, file_kind, file_sha256, file_bytes, idem_key, status, rows_read, imported, failed, message, actor,"
      + " created_at, started_at, finished_at";

  @Inject EntityManager em;

  @Transactional(Transactional.TxType.MANDATORY)
  @Override
  public void add(MemberImport i) {
    em.createNativeQuery("INSERT INTO member_import (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, NULL, ?, ?, NULL, NULL)")
        .setParameter(1, i.id()).setParameter(2, i.fileName()).setParameter(3, i.kind().name()).setParameter(4, i.fileSha256())
        .setParameter(5, i.fileBytes()).setParameter(6, i.idempotencyKey()).setParameter(7, i.status().name()).setParameter(8, i.actor())
        .setParameter(9, UtcInstantConverter.toColumn(i.createdAt())).executeUpdate();
  }

  @Override
  public Optional<MemberImport> byId(long id) {
    return first(em.createNativeQuery("SELECT " + COLUMNS + " FROM member_import WHERE id = ?").setParameter(1, id).getResultList());
  }

  /** The import sent with this Idempotency-Key, under its row lock so that two uploads with one key wait for each other. */
  @Transactional(Transactional.TxType.MANDATORY)
  @Override
  public Optional<MemberImport> byKeyForUpdate(String key) {
    return first(em.createNativeQuery("SELECT " + COLUMNS + " FROM member_import WHERE idem_key = ? FOR UPDATE").setParameter(1, key).getResultList());
  }

  @Override
  public List<MemberImport> newestFirst(int page, int size) {
    List<?> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM member_import ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")
        .setParameter(1, size).setParameter(2, (long) page * size).getResultList();
    return rows.stream().map(r -> of((Object[]) r)).toList();
  }

  @Override
  public long count() {
    return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM member_import").getSingleResult()).longValue();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  @Override
  public void started(long id, Instant at) {
    em.createNativeQuery("UPDATE member_import SET started_at = ? WHERE id = ?").setParameter(1, UtcInstantConverter.toColumn(at)).setParameter(2, id)
        .executeUpdate();
  }

  /** Adds a batch's counts and its errors, in the batch's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  @Override
  public void progress(long id, long rowsRead, long imported, long failed, List<RowProblem> errors) {
    em.createNativeQuery("UPDATE member_import SET rows_read = rows_read + ?, imported = imported + ?, failed = failed + ? WHERE id = ?")
        .setParameter(1, rowsRead).setParameter(2, imported).setParameter(3, failed).setParameter(4, id).executeUpdate();
    if (errors.isEmpty()) {
      return;
    }
    Connection c = em.unwrap(Connection.class);
    try (PreparedStatement s = c.prepareStatement("INSERT INTO member_import_error (import_id, row_no, field, message) VALUES (?, ?, ?, ?)")) {
      for (RowProblem e : errors) {
        s.setLong(1, id);
        s.setLong(2, e.row());
        s.setString(3, clip(e.field(), 40));
        s.setString(4, clip(e.message(), 500));
        s.addBatch();
      }
      s.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not store the error report of import " + id, e);
    }
  }

  @Transactional(Transactional.TxType.MANDATORY)
  @Override
  public void finished(long id, ImportStatus status, String message, Instant at) {
    em.createNativeQuery("UPDATE member_import SET status = ?, message = ?, finished_at = ? WHERE id = ?").setParameter(1, status.name())
        .setParameter(2, clip(message, 1000)).setParameter(3, UtcInstantConverter.toColumn(at)).setParameter(4, id).executeUpdate();
  }

  /** Errors of an import in file order, a page at a time ({@code size} 0: all from {@code page * size}, for the CSV report). */
  @Override
  public List<RowProblem> errors(long id, long offset, int limit) {
    List<?> rows = em.createNativeQuery("SELECT row_no, field, message FROM member_import_error WHERE import_id = ? ORDER BY row_no, id LIMIT ? OFFSET ?")
        .setParameter(1, id).setParameter(2, limit).setParameter(3, offset).getResultList();
    return rows.stream().map(r -> {
      Object[] c = (Object[]) r;
      return new RowProblem(((Number) c[0]).longValue(), (String) c[1], (String) c[2]);
    }).toList();
  }

  @Override
  public long errorCount(long id) {
    return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM member_import_error WHERE import_id = ?").setParameter(1, id).getSingleResult()).longValue();
  }

  private static Optional<MemberImport> first(List<?> rows) {
    return rows.isEmpty() ? Optional.empty() : Optional.of(of((Object[]) rows.get(0)));
  }

  private static MemberImport of(Object[] r) {
    return new MemberImport(((Number) r[0]).longValue(), (String) r[1], FileKind.valueOf((String) r[2]), (String) r[3], ((Number) r[4]).longValue(),
        (String) r[5], ImportStatus.valueOf((String) r[6]), ((Number) r[7]).longValue(), ((Number) r[8]).longValue(), ((Number) r[9]).longValue(),
        (String) r[10], (String) r[11], UtcInstantConverter.fromColumn(r[12]), UtcInstantConverter.fromColumn(r[13]), UtcInstantConverter.fromColumn(r[14]));
  }

  private static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
