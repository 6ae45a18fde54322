package ir.bashgah.messaging.infra;

import ir.bashgah.kernel.persistence.PendingWrites;
import ir.bashgah.kernel.persistence.Statements;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.messaging.domain.messenger.MessengerChats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Members' chats with the club's bot in {@code messenger_chat}, one row per member, each chat in one row at most. */
@ApplicationScoped
public class SqlMessengerChats implements MessengerChats {
  @Inject PendingWrites writes;

  @Override
  public void link(long memberId, long chatId, Instant at) {
    // the chat's or the member's earlier link goes first: both keys are unique
    writes.add("DELETE FROM messenger_chat WHERE (chat_id = ? OR member_id = ?) AND NOT (chat_id = ? AND member_id = ?)", chatId, memberId, chatId, memberId);
    writes.add("INSERT INTO messenger_chat (member_id, chat_id, linked_at) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE member_id = member_id",
        memberId, chatId, UtcInstantConverter.toColumn(at));
  }

  @Override
  public Optional<Long> unlinkChat(long chatId) {
    Optional<Long> member = memberOf(chatId);
    if (member.isPresent()) {
      writes.add("DELETE FROM messenger_chat WHERE chat_id = ?", chatId);
    }
    return member;
  }

  @Override
  public Optional<Long> memberOf(long chatId) {
    Long[] found = {null};
    writes.query("SELECT member_id FROM messenger_chat WHERE chat_id = ?", row -> found[0] = row.getLong(1), chatId);
    return Optional.ofNullable(found[0]);
  }

  @Override
  public Map<Long, Long> chatsOf(Collection<Long> memberIds) {
    Map<Long, Long> chats = new HashMap<>();
    if (memberIds.isEmpty()) {
      return chats;
    }
    writes.query("SELECT member_id, chat_id FROM messenger_chat WHERE member_id IN (" + String.join(", ", Collections.nCopies(memberIds.size(), "?")) + ")",
        row -> chats.put(row.getLong(1), row.getLong(2)), memberIds.toArray());
    return chats;
  }

  @Override
  public long count() {
    long[] count = {0};
    writes.query("SELECT COUNT(*) FROM messenger_chat", row -> count[0] = row.getLong(1));
    return count[0];
  }

  @Override
  public void unlinkAll() {
    writes.send();
    Statements.update(writes.connection(), "DELETE FROM messenger_chat");
  }
}
