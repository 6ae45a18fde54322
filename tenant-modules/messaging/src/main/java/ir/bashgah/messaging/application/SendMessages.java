package ir.bashgah.messaging.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.problem.Paging;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.kernel.time.Instants;
import ir.bashgah.members.api.MemberContacts;
import ir.bashgah.members.api.MemberIdentifiers;
import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.api.MessageKind;
import ir.bashgah.messaging.api.MessageStatus;
import ir.bashgah.messaging.domain.consent.Consents;
import ir.bashgah.messaging.domain.message.Batch;
import ir.bashgah.messaging.domain.message.Draft;
import ir.bashgah.messaging.domain.message.Messages;
import ir.bashgah.messaging.domain.template.MessageTemplate;
import ir.bashgah.messaging.domain.template.MessageTemplates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A message from the club's staff to a list of members (API-2.md, "Messaging"): one batch, and one
 * outbox row per member, composed when it is sent from the batch's template or text. Members who
 * refused the channel get a SUPPRESSED row and are counted, not sent to. Segments, email and push
 * are later steps of issue 12 and are refused by name.
 */
@ApplicationScoped
public class SendMessages {
  public static final int MAX_MEMBERS = 1000;
  public static final int MAX_TEXT = 1000;
  /** How far ahead a send may be scheduled. */
  public static final Duration MAX_SCHEDULE = Duration.ofDays(90);

  public record Queued(String batchId, int recipients, int suppressed, String status, Instant sendAt) {}

  public record BatchCounts(String batchId, long total, Map<MessageStatus, Long> counts, String channel, String template, String text, Instant sendAt,
      Instant createdAt, String createdBy) {}

  public record MemberMessage(String id, Channel channel, String text, MessageStatus status, Instant createdAt, Instant sentAt, Long cost) {}

  public record MemberMessages(List<MemberMessage> items, long total, int page, int size) {}

  @Inject MemberContacts contacts;
  @Inject Consents consents;
  @Inject MessageTemplates templates;
  @Inject Messages messages;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public Queued send(String channel, List<String> memberCodes, String segment, String templateCode, String text, String sendAt) {
    Instant now = Instant.now(clock);
    Validation v = new Validation();
    Channel ch = ManageTemplates.parseChannel(v, channel);
    v.require(ch == null || ch == Channel.SMS, "channel", "only SMS can be sent so far");
    v.require(segment == null, "to.segment", "sending to a segment is not available yet: name the members in to.memberCodes");
    v.require(memberCodes != null && !memberCodes.isEmpty() || segment != null, "to.memberCodes", "is required: one member code or more");
    v.require(memberCodes == null || memberCodes.size() <= MAX_MEMBERS, "to.memberCodes", "must name at most " + MAX_MEMBERS + " members");
    v.require(templateCode == null || text == null, "text", "give either a template or a text, not both");
    v.require(templateCode != null || text != null, "text", "is required (or name a template)");
    if (text != null) {
      ManageTemplates.checkText(v, "text", text, MAX_TEXT);
    }
    Instant due = now;
    if (sendAt != null) {
      Instant at = Instants.parse(sendAt, "sendAt", v);
      v.require(at == null || !at.isAfter(now.plus(MAX_SCHEDULE)), "sendAt", "must be within " + MAX_SCHEDULE.toDays() + " days from now");
      // a moment already past (a form filled in slowly) means now
      due = at == null || at.isBefore(now) ? now : at;
    }
    if (memberCodes != null && memberCodes.size() <= MAX_MEMBERS) {
      for (int i = 0; i < memberCodes.size(); i++) {
        v.require(MemberIdentifiers.isMemberCode(memberCodes.get(i)), "to.memberCodes[" + i + "]", MemberIdentifiers.MEMBER_CODE_RULE);
      }
    }
    v.throwIfInvalid();
    MessageTemplate template = null;
    if (templateCode != null) {
      template = templates.byCode(templateCode.trim()).orElseThrow(() -> Problem.invalid("template", "names no template of the club: " + templateCode.trim()));
      if (template.channel() != ch) {
        throw Problem.invalid("template", "is a " + template.channel() + " template; this send is " + ch);
      }
    }

    Map<Long, MemberContacts.Contact> members = new LinkedHashMap<>();
    Set<String> seen = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String code : memberCodes) {
      String memberCode = code.trim();
      if (!seen.add(memberCode)) {
        continue;
      }
      contacts.byCode(memberCode).ifPresentOrElse(c -> members.put(c.memberId(), c), () -> unknown.add(memberCode));
    }
    if (!unknown.isEmpty()) {
      throw Problem.invalid("to.memberCodes", "names no member of the club: " + String.join(", ", unknown.subList(0, Math.min(10, unknown.size()))));
    }
    Set<Long> refusing = consents.refusing(ch, members.keySet());

    long batchId = Ids.next();
    int recipients = 0;
    int suppressed = 0;
    for (MemberContacts.Contact c : members.values()) {
      String address = ch == Channel.EMAIL ? c.email() : c.mobile();
      String reason = refusing.contains(c.memberId()) ? "the member refused " + ch + " messages"
          : address == null || address.isBlank() ? "the member has no " + (ch == Channel.EMAIL ? "email" : "mobile") : null;
      if (reason == null) {
        recipients++;
      } else {
        suppressed++;
      }
      messages.addDraft(Ids.next(), new Draft(batchId, c.memberId(), ch, MessageKind.MARKETING, reason == null ? address : null, null, null, null,
          reason == null ? MessageStatus.QUEUED : MessageStatus.SUPPRESSED, reason), due, now);
    }
    String actor = CallContext.actor() == null ? null : CallContext.actor().name();
    messages.addBatch(new Batch(batchId, ch, MessageKind.MARKETING, template == null ? null : template.code(), text == null ? null : text.strip(), null, null,
        due, recipients, suppressed, actor, now));
    Queued queued = new Queued(Long.toString(batchId), recipients, suppressed, due.isAfter(now) ? "SCHEDULED" : MessageStatus.QUEUED.name(), due);
    Map<String, Object> what = new LinkedHashMap<>();
    what.put("channel", ch.name());
    what.put("recipients", recipients);
    what.put("suppressed", suppressed);
    what.put(template == null ? "text" : "template", template == null ? text.strip() : template.code());
    what.put("sendAt", due.toString());
    audit.record("MESSAGE.SEND", "message-batch", queued.batchId(), null, what);
    return queued;
  }

  @Transactional
  public BatchCounts batch(String batchId) {
    long id = parseId(batchId);
    Batch batch = messages.batches(List.of(id)).get(id);
    Map<MessageStatus, Long> counts = messages.countsOfBatch(id);
    if (batch == null && counts.isEmpty()) {
      throw Problem.notFound("No batch of messages " + batchId);
    }
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    if (batch == null) {
      // a batch of the first step, before batches had a row of their own
      return new BatchCounts(batchId, total, counts, null, null, null, null, null, null);
    }
    return new BatchCounts(batchId, total, counts, batch.channel().name(), batch.templateCode(), batch.text(), batch.sendAt(), batch.createdAt(),
        batch.createdBy());
  }

  @Transactional
  public MemberMessages ofMember(String memberCode, Paging paging) {
    if (!MemberIdentifiers.isMemberCode(memberCode)) {
      throw Problem.invalid("memberCode", MemberIdentifiers.MEMBER_CODE_RULE);
    }
    long memberId = contacts.byCode(memberCode.trim()).orElseThrow(() -> Problem.notFound("No member " + memberCode)).memberId();
    List<MemberMessage> items = messages.ofMember(memberId, (int) paging.offset(), paging.size()).stream()
        .map(m -> new MemberMessage(Long.toString(m.id()), m.channel(), m.text(), m.status(), m.createdAt(), m.sentAt(), m.cost()))
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
