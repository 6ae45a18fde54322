package ir.bashgah.messaging.infra;

import ir.bashgah.kernel.crypto.FieldCipher;
import ir.bashgah.kernel.persistence.PendingWrites;
import ir.bashgah.kernel.persistence.Statements;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.messaging.domain.line.ClubLine;
import ir.bashgah.messaging.domain.line.ClubLines;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Optional;

/** The club's own line in its one row of {@code sms_gateway}; the API key encrypted with the platform's field key. */
@ApplicationScoped
public class SqlClubLines implements ClubLines {
  @Inject PendingWrites writes;

  @Override
  public Optional<ClubLine> find() {
    ClubLine[] found = {null};
    writes.query("SELECT provider, api_key, sender, service_sender, base_url, revision, updated_at FROM sms_gateway WHERE id = 1",
        row -> found[0] = new ClubLine(row.getString(1), FieldCipher.decrypt(row.getString(2)), row.getString(3), row.getString(4), row.getString(5),
            row.getLong(6), UtcInstantConverter.fromColumn(row.getObject(7, LocalDateTime.class))));
    return Optional.ofNullable(found[0]);
  }

  @Override
  public void save(ClubLine line) {
    writes.add("INSERT INTO sms_gateway (id, provider, api_key, sender, service_sender, base_url, revision, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE provider = VALUES(provider), api_key = VALUES(api_key), sender = VALUES(sender),"
            + " service_sender = VALUES(service_sender), base_url = VALUES(base_url), revision = VALUES(revision), updated_at = VALUES(updated_at)",
        line.provider(), FieldCipher.encrypt(line.apiKey()), line.sender(), line.serviceSender(), line.baseUrl(), line.revision(),
        UtcInstantConverter.toColumn(line.updatedAt()));
  }

  @Override
  public boolean remove() {
    writes.send();
    return Statements.update(writes.connection(), "DELETE FROM sms_gateway WHERE id = 1") > 0;
  }
}
