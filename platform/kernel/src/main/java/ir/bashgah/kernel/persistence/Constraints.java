package ir.bashgah.kernel.persistence;

import java.sql.SQLException;
import java.util.Set;

/** Reads database failures that mean something to the caller. */
public final class Constraints {
  /** MariaDB's ER_DUP_ENTRY and ER_DUP_ENTRY_WITH_KEY_NAME. */
  private static final Set<Integer> DUPLICATE_ENTRY = Set.of(1062, 1586);
  /** ER_ROW_IS_REFERENCED(_2), ER_NO_REFERENCED_ROW(_2): a parent deleted under a child, or a child of a missing parent. */
  private static final Set<Integer> FOREIGN_KEY = Set.of(1216, 1217, 1451, 1452);
  /** ER_LOCK_WAIT_TIMEOUT and ER_LOCK_DEADLOCK. */
  private static final Set<Integer> LOCK_CONFLICT = Set.of(1205, 1213);

  private Constraints() {}

  /**
   * True when {@code error} comes from a unique key: someone else stored the same value first. Other
   * integrity errors (a missing parent, a NULL) are faults of ours, not conflicts, and stay errors.
   */
  public static boolean isDuplicateKey(Throwable error) {
    return hasErrorCode(error, DUPLICATE_ENTRY);
  }

  /**
   * True when {@code error} comes from the unique key named {@code key}: a write sent together with
   * others (PendingWrites) fails the round trip that carries it, wherever that is, so the key's name
   * tells which write it was.
   */
  public static boolean isDuplicateKey(Throwable error, String key) {
    for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof SQLException sql && DUPLICATE_ENTRY.contains(sql.getErrorCode()) && sql.getMessage() != null
          && (sql.getMessage().contains("'" + key + "'") || sql.getMessage().contains("." + key + "'"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code error} comes from a foreign key: a row still referred to was deleted, or a row
   * refers to one deleted at the same moment. A race between two callers, answered as a conflict.
   */
  public static boolean isForeignKeyViolation(Throwable error) {
    return hasErrorCode(error, FOREIGN_KEY);
  }

  private static boolean hasErrorCode(Throwable error, Set<Integer> codes) {
    for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof SQLException sql && codes.contains(sql.getErrorCode())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code error} means the transaction lost a race for row locks (a deadlock InnoDB broke,
   * or a lock wait that timed out): it was rolled back whole and may simply be retried.
   */
  public static boolean isLockConflict(Throwable error) {
    return hasErrorCode(error, LOCK_CONFLICT);
  }
}
