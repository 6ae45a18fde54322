package ir.bashgah.messaging.infra;

import ir.bashgah.kernel.persistence.PendingWrites;
import ir.bashgah.kernel.persistence.Statements;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.domain.template.MessageTemplate;
import ir.bashgah.messaging.domain.template.MessageTemplates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The club's templates in plain SQL on the transaction's connection. */
@ApplicationScoped
public class SqlMessageTemplates implements MessageTemplates {
  private static final String COLUMNS = "code, channel, text, subject, created_at, updated_at";

  @Inject PendingWrites writes;

  @Override
  public Optional<MessageTemplate> byCode(String code) {
    List<MessageTemplate> found = new ArrayList<>();
    writes.query("SELECT " + COLUMNS + " FROM message_template WHERE code = ?", row -> found.add(template(row)), code);
    return found.stream().findFirst();
  }

  @Override
  public Map<String, MessageTemplate> byCodes(Collection<String> codes) {
    Map<String, MessageTemplate> found = new HashMap<>();
    if (codes.isEmpty()) {
      return found;
    }
    writes.query("SELECT " + COLUMNS + " FROM message_template WHERE code IN (" + String.join(", ", Collections.nCopies(codes.size(), "?")) + ")",
        row -> {
          MessageTemplate t = template(row);
          found.put(t.code(), t);
        }, codes.toArray());
    return found;
  }

  @Override
  public List<MessageTemplate> all() {
    List<MessageTemplate> found = new ArrayList<>();
    writes.query("SELECT " + COLUMNS + " FROM message_template ORDER BY code", row -> found.add(template(row)));
    return found;
  }

  @Override
  public boolean add(MessageTemplate t) {
    // INSERT IGNORE: a taken code is an answer (409), not an error that spoils the transaction
    return Statements.update(writes.connection(),
        "INSERT IGNORE INTO message_template (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
        t.code(), t.channel().name(), t.text(), t.subject(), UtcInstantConverter.toColumn(t.createdAt()), UtcInstantConverter.toColumn(t.updatedAt())) == 1;
  }

  @Override
  public boolean replace(MessageTemplate t) {
    return Statements.update(writes.connection(), "UPDATE message_template SET channel = ?, text = ?, subject = ?, updated_at = ? WHERE code = ?",
        t.channel().name(), t.text(), t.subject(), UtcInstantConverter.toColumn(t.updatedAt()), t.code()) == 1;
  }

  private static MessageTemplate template(ResultSet row) throws SQLException {
    return new MessageTemplate(row.getString(1), Channel.valueOf(row.getString(2)), row.getString(3), row.getString(4),
        UtcInstantConverter.fromColumn(row.getObject(5, LocalDateTime.class)), UtcInstantConverter.fromColumn(row.getObject(6, LocalDateTime.class)));
  }
}
