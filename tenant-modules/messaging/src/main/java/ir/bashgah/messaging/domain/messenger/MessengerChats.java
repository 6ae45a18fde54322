package ir.bashgah.messaging.domain.messenger;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Which member the club reaches in which chat of its bot. One chat per member and one member per chat:
 * linking a chat to a member leaves whatever either was linked to before.
 */
public interface MessengerChats {
  void link(long memberId, long chatId, Instant at);

  /** The member the chat was linked to, now unlinked; empty when it was linked to nobody. */
  Optional<Long> unlinkChat(long chatId);

  Optional<Long> memberOf(long chatId);

  /** The chats of those of {@code memberIds} that have one, by member id. */
  Map<Long, Long> chatsOf(Collection<Long> memberIds);

  long count();

  /** Every link: they belonged to a bot the club no longer has. */
  void unlinkAll();
}
