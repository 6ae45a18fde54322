package ir.bashgah.kernel.persistence;

import java.sql.SQLException;

/** Reads database failures that mean something to the caller. */
public final class Constraints {
  /** MariaDB's ER_DUP_ENTRY and ER_DUP_ENTRY_WITH_KEY_NAME. */
  private static final int DUPLICATE_ENTRY = 1062;
  private static final int DUPLICATE_ENTRY_WITH_KEY_NAME = 1586;
  /** ER_LOCK_WAIT_TIMEOUT and ER_LOCK_DEADLOCK. */
  private static final int LOCK_WAIT_TIMEOUT = 1205;
  private static final int DEADLOCK = 1213;

  private Constraints() {}

  /**
   * True when {@code error} comes from a unique key: someone else stored the same value first. Other
   * integrity errors (a missing parent, a NULL) are faults of ours, not conflicts, and stay errors.
   */
  public static boolean isDuplicateKey(Throwable error) {
    for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof SQLException sql && (sql.getErrorCode() == DUPLICATE_ENTRY || sql.getErrorCode() == DUPLICATE_ENTRY_WITH_KEY_NAME)) {
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
    for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof SQLException sql && (sql.getErrorCode() == DEADLOCK || sql.getErrorCode() == LOCK_WAIT_TIMEOUT)) {
        return true;
      }
    }
    return false;
  }
}
