package ir.bashgah.messaging.infra;

import ir.bashgah.kernel.persistence.PendingWrites;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.domain.consent.Consent;
import ir.bashgah.messaging.domain.consent.Consents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Members' consent in plain SQL; a member without a row consents to every channel. */
@ApplicationScoped
public class SqlConsents implements Consents {
  @Inject PendingWrites writes;

  @Override
  public Consent of(long memberId) {
    Consent[] found = {Consent.ALL};
    writes.query("SELECT sms, email, push, messenger FROM message_consent WHERE member_id = ?",
        row -> found[0] = new Consent(row.getBoolean(1), row.getBoolean(2), row.getBoolean(3), row.getBoolean(4)), memberId);
    return found[0];
  }

  @Override
  public void save(long memberId, Consent c, Instant now) {
    writes.add("INSERT INTO message_consent (member_id, sms, email, push, messenger, updated_at) VALUES (?, ?, ?, ?, ?, ?)"
        + " ON DUPLICATE KEY UPDATE sms = VALUES(sms), email = VALUES(email), push = VALUES(push), messenger = VALUES(messenger),"
        + " updated_at = VALUES(updated_at)",
        memberId, c.sms(), c.email(), c.push(), c.messenger(), UtcInstantConverter.toColumn(now));
  }

  /**
   * The consent table's column of {@code channel}, for the queries that join it (a segment's count and
   * rows): one of four fixed names, never the caller's text.
   */
  static String column(Channel channel) {
    return channel.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public Set<Long> refusing(Channel channel, Collection<Long> memberIds) {
    Set<Long> refusing = new HashSet<>();
    if (memberIds.isEmpty()) {
      return refusing;
    }
    writes.query("SELECT member_id FROM message_consent WHERE " + column(channel) + " = FALSE AND member_id IN ("
        + String.join(", ", Collections.nCopies(memberIds.size(), "?")) + ")", row -> refusing.add(row.getLong(1)), memberIds.toArray());
    return refusing;
  }
}
