package ir.bashgah.imports.domain.memberimport;

import ir.bashgah.members.api.RowProblem;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The imports of the club in context and their error reports, in native SQL: the rows are written by
 * one worker per import, counts as increments in each batch's own transaction, so what the screen shows
 * as imported is exactly what has committed.
 */
public interface MemberImports {
  void add(MemberImport i);

  Optional<MemberImport> byId(long id);

  Optional<MemberImport> byKeyForUpdate(String key);

  List<MemberImport> newestFirst(int page, int size);

  long count();

  void started(long id, Instant at);

  void progress(long id, long rowsRead, long imported, long failed, List<RowProblem> errors);

  void finished(long id, ImportStatus status, String message, Instant at);

  /** Errors of an import in file order, a page at a time ({@code size} 0: all from {@code page * size}, for the CSV report). */
  List<RowProblem> errors(long id, long offset, int limit);

  long errorCount(long id);
}
