package ir.bashgah.messaging.infra;

import ir.bashgah.messaging.api.MessageStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/** How the outbox's columns are written and read where more than one query of {@link SqlMessages} needs it. */
final class MessageColumns {
  /** The width of {@code last_error}: a longer reason is cut rather than refused when it is recorded. */
  static final int REASON_LENGTH = 500;

  private MessageColumns() {}

  /** The stored statuses an API status stands for: QUEUED is also a message being sent right now. */
  static List<String> statuses(MessageStatus status) {
    if (status == null) {
      return List.of();
    }
    return status == MessageStatus.QUEUED ? List.of("QUEUED", "SENDING") : List.of(status.name());
  }

  /** The condition {@link #statuses} fills in, or none for every status. */
  static String statusCondition(MessageStatus status) {
    return status == null ? "" : status == MessageStatus.QUEUED ? " AND status IN (?, ?)" : " AND status = ?";
  }

  /** Why a message did not reach the member: a message being retried keeps its last error too, but it has not failed. */
  static String failure(MessageStatus shown, String lastError) {
    return shown == MessageStatus.FAILED || shown == MessageStatus.SUPPRESSED ? lastError : null;
  }

  static String marks(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  static Long longOrNull(ResultSet row, int column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? null : value;
  }

  static String cut(String reason) {
    return cut(reason, REASON_LENGTH);
  }

  static String cut(String value, int length) {
    if (value == null) {
      return null;
    }
    return value.length() > length ? value.substring(0, length) : value;
  }
}
