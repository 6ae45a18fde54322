package ir.bashgah.kernel.persistence;

import java.sql.SQLIntegrityConstraintViolationException;

/** Reads database failures that mean something to the caller. */
public final class Constraints {
  private Constraints() {}

  /** True when {@code error} comes from a unique (or other integrity) constraint of the database. */
  public static boolean isViolation(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof SQLIntegrityConstraintViolationException) {
        return true;
      }
      if (t instanceof java.sql.SQLException sql && "23000".equals(sql.getSQLState())) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
