package ir.bashgah.messaging.domain.consent;

import ir.bashgah.messaging.api.Channel;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/** What members changed of their consent. */
public interface Consents {
  Consent of(long memberId);

  void save(long memberId, Consent consent, Instant now);

  /** Those of {@code memberIds} who refused {@code channel}. */
  Set<Long> refusing(Channel channel, Collection<Long> memberIds);
}
