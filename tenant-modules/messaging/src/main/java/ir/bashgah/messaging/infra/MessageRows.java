package ir.bashgah.messaging.infra;

import static ir.bashgah.messaging.infra.MessageColumns.failure;
import static ir.bashgah.messaging.infra.MessageColumns.longOrNull;

import ir.bashgah.kernel.crypto.FieldCipher;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.api.MessageKind;
import ir.bashgah.messaging.api.MessageStatus;
import ir.bashgah.messaging.domain.message.Batch;
import ir.bashgah.messaging.domain.message.ClaimedMessage;
import ir.bashgah.messaging.domain.message.Messages.MessageRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

/** How {@link SqlMessages} reads the outbox's rows into the module's records, and the columns it reads them from. */
final class MessageRows {
  private MessageRows() {}

  /** What staff see of a confidential message instead of its text. */
  static final String CONFIDENTIAL_TEXT = "(کد ورود عضو؛ متن آن نمایش داده نمی‌شود)";

  static final String BATCH_COLUMNS = "id, channel, kind, template_code, text, subject, segment_code, segment_filter, send_at, recipients, suppressed,"
      + " created_by, created_at, expansion_done";

  static final String CLAIM_COLUMNS = "id, batch_id, member_id, kind, recipient, subject, text, template_code, params, attempts, service_local_id";

  static Batch batch(ResultSet row) throws SQLException {
    String filter = row.getString(8);
    return new Batch(row.getLong(1), Channel.valueOf(row.getString(2)), MessageKind.valueOf(row.getString(3)), row.getString(4), row.getString(5),
        row.getString(6), row.getString(7), filter == null ? null : SegmentFilterJson.read(filter), UtcInstantConverter.fromColumn(row.getObject(9, LocalDateTime.class)),
        row.getLong(10), row.getLong(11), row.getString(12), UtcInstantConverter.fromColumn(row.getObject(13, LocalDateTime.class)), row.getBoolean(14));
  }

  static ClaimedMessage claimed(ResultSet row) throws SQLException {
    return new ClaimedMessage(row.getLong(1), longOrNull(row, 2), longOrNull(row, 3), MessageKind.valueOf(row.getString(4)),
        FieldCipher.decrypt(row.getString(5)), row.getString(6), row.getString(7), row.getString(8), row.getString(9), row.getInt(10) + 1, longOrNull(row, 11));
  }

  static MessageRecord record(ResultSet row) throws SQLException {
    long cost = row.getLong(8);
    Long costOrNull = row.wasNull() ? null : cost;
    MessageStatus status = MessageStatus.valueOf(row.getString(4)).shown();
    String failure = failure(status, row.getString(9));
    return new MessageRecord(row.getLong(1), Channel.valueOf(row.getString(2)), row.getString(3), status,
        UtcInstantConverter.fromColumn(row.getObject(5, LocalDateTime.class)), UtcInstantConverter.fromColumn(row.getObject(6, LocalDateTime.class)),
        UtcInstantConverter.fromColumn(row.getObject(7, LocalDateTime.class)), costOrNull, failure);
  }
}
