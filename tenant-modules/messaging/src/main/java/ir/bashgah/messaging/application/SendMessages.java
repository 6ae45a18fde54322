package ir.bashgah.messaging.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.problem.Paging;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.members.api.MemberContacts;
import ir.bashgah.members.api.MemberIdentifiers;
import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.api.MessageKind;
import ir.bashgah.messaging.api.MessageStatus;
import ir.bashgah.messaging.api.OutgoingMessage;
import ir.bashgah.messaging.api.Outbox;
import ir.bashgah.messaging.domain.message.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A message from the club's staff to a list of members (API-2.md, "Messaging"): one outbox row per
 * member with a mobile, under one batch. This step sends SMS to member codes only; segments,
 * templates, scheduling, email and push are later steps of issue 12 and are refused by name.
 */
@ApplicationScoped
public class SendMessages {
  public static final int MAX_MEMBERS = 1000;
  public static final int MAX_TEXT = 1000;

  public record Queued(String batchId, int recipients, int suppressed, String status) {}

  /** {@code doNotDisturb}: how many of the FAILED ones the recipient's block of advertising SMS stopped. */
  public record BatchCounts(String batchId, long total, Map<MessageStatus, Long> counts, long doNotDisturb) {}

  /** {@code failure}: why a FAILED message did not reach the member. */
  public record MemberMessage(String id, Channel channel, String text, MessageStatus status, Instant createdAt, Instant sentAt, Instant deliveredAt,
      Long cost, String failure) {}

  public record MemberMessages(List<MemberMessage> items, long total, int page, int size) {}

  /** The placeholders of API-2's templates, as a marketer may type them into a plain text. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(firstName|lastName|points|credit|level|club|link|amount)\\}");

  @Inject MemberContacts contacts;
  @Inject Outbox outbox;
  @Inject Messages messages;
  @Inject AuditLog audit;

  @Transactional
  public Queued send(String channel, List<String> memberCodes, boolean toSegment, boolean withTemplate, boolean scheduled, String text) {
    Validation v = new Validation();
    v.require(channel != null, "channel", "is required: SMS, EMAIL or PUSH");
    v.require(channel == null || "SMS".equals(channel) || "EMAIL".equals(channel) || "PUSH".equals(channel), "channel", "must be SMS, EMAIL or PUSH");
    v.require(channel == null || !"EMAIL".equals(channel) && !"PUSH".equals(channel), "channel", "only SMS can be sent so far");
    v.require(!toSegment, "to.segment", "sending to a segment is not available yet: name the members in to.memberCodes");
    v.require(!withTemplate, "template", "templates are not available yet: send the text");
    v.require(!scheduled, "sendAt", "scheduled sends are not available yet");
    v.require(toSegment || memberCodes != null && !memberCodes.isEmpty(), "to.memberCodes", "is required: one member code or more");
    v.require(memberCodes == null || memberCodes.size() <= MAX_MEMBERS, "to.memberCodes", "must name at most " + MAX_MEMBERS + " members");
    v.requireText(text, "text", MAX_TEXT);
    // A member would otherwise read "{firstName}" as it is: placeholders are filled by templates only.
    v.require(text == null || !PLACEHOLDER.matcher(text).find(), "text",
        "placeholders such as {firstName} are filled in templates, which are not available yet: write the text as the member should read it");
    if (memberCodes != null && memberCodes.size() <= MAX_MEMBERS) {
      for (int i = 0; i < memberCodes.size(); i++) {
        v.require(MemberIdentifiers.isMemberCode(memberCodes.get(i)), "to.memberCodes[" + i + "]", MemberIdentifiers.MEMBER_CODE_RULE);
      }
    }
    v.throwIfInvalid();

    long batchId = Ids.next();
    int recipients = 0;
    int suppressed = 0;
    Set<String> seen = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String code : memberCodes) {
      String memberCode = code.trim();
      if (!seen.add(memberCode)) {
        continue;
      }
      var contact = contacts.byCode(memberCode);
      if (contact.isEmpty()) {
        unknown.add(memberCode);
        continue;
      }
      String mobile = contact.get().mobile();
      if (mobile == null || mobile.isBlank()) {
        suppressed++;
        continue;
      }
      // Queued as we go: an unknown code further down answers 422, and the rollback takes these rows with it.
      outbox.queue(new OutgoingMessage(batchId, contact.get().memberId(), Channel.SMS, mobile, text.trim(), MessageKind.MARKETING));
      recipients++;
    }
    if (!unknown.isEmpty()) {
      throw Problem.invalid("to.memberCodes", "names no member of the club: " + String.join(", ", unknown.subList(0, Math.min(10, unknown.size()))));
    }
    Queued queued = new Queued(Long.toString(batchId), recipients, suppressed, MessageStatus.QUEUED.name());
    audit.record("MESSAGE.SEND", "message-batch", queued.batchId(), null,
        Map.of("channel", Channel.SMS.name(), "recipients", recipients, "suppressed", suppressed, "text", text.trim()));
    return queued;
  }

  @Transactional
  public BatchCounts batch(String batchId) {
    long id = parseId(batchId);
    Map<MessageStatus, Long> counts = messages.countsOfBatch(id);
    if (counts.isEmpty()) {
      throw Problem.notFound("No batch of messages " + batchId);
    }
    long doNotDisturb = counts.getOrDefault(MessageStatus.FAILED, 0L) == 0 ? 0 : messages.doNotDisturbOfBatch(id);
    return new BatchCounts(batchId, counts.values().stream().mapToLong(Long::longValue).sum(), counts, doNotDisturb);
  }

  @Transactional
  public MemberMessages ofMember(String memberCode, Paging paging) {
    if (!MemberIdentifiers.isMemberCode(memberCode)) {
      throw Problem.invalid("memberCode", MemberIdentifiers.MEMBER_CODE_RULE);
    }
    long memberId = contacts.byCode(memberCode.trim()).orElseThrow(() -> Problem.notFound("No member " + memberCode)).memberId();
    List<MemberMessage> items = messages.ofMember(memberId, (int) paging.offset(), paging.size()).stream()
        .map(m -> new MemberMessage(Long.toString(m.id()), m.channel(), m.text(), m.status(), m.createdAt(), m.sentAt(), m.deliveredAt(), m.cost(),
            m.failure()))
        .toList();
    return new MemberMessages(items, messages.countOfMember(memberId), paging.page(), paging.size());
  }

  private static long parseId(String id) {
    if (id == null || !id.matches("[0-9]{1,19}")) {
      throw Problem.notFound("No batch of messages " + id);
    }
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw Problem.notFound("No batch of messages " + id);
    }
  }
}
