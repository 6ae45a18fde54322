package ir.bashgah.messaging.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.features.api.Features;
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
import ir.bashgah.messaging.domain.segment.Segment;
import ir.bashgah.messaging.domain.segment.Segments;
import ir.bashgah.messaging.domain.template.MessageTemplates;
import ir.bashgah.messaging.domain.template.SmsParts;
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
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A message from the club's staff to a list of members or a segment (API-2.md, "Messaging"): one
 * batch, and one outbox row per member, composed when it is sent from the batch's template or text.
 * Members who refused the channel get a SUPPRESSED row and are counted, not sent to. A segment's rows
 * are written after the request, in chunks ({@link ExpandBatches}). Each channel needs its plan
 * feature ({@link Channel#feature()}).
 */
@ApplicationScoped
public class SendMessages {
  public static final int MAX_MEMBERS = 1000;
  public static final int MAX_TEXT = 1000;
  /** How far ahead a send may be scheduled. */
  public static final Duration MAX_SCHEDULE = Duration.ofDays(90);

  public record Queued(String batchId, int recipients, int suppressed, String status, Instant sendAt) {}

  /** {@code doNotDisturb}: how many of the FAILED ones the recipient's block of advertising SMS stopped. */
  public record BatchCounts(String batchId, long total, Map<MessageStatus, Long> counts, long doNotDisturb, String channel, String template, String text,
      String segment, Long recipients, Long suppressed, boolean queueing, Instant sendAt, Instant createdAt, String createdBy) {}

  /** {@code failure}: why a FAILED or SUPPRESSED message did not reach the member. */
  public record MemberMessage(String id, Channel channel, String text, MessageStatus status, Instant createdAt, Instant sentAt, Instant deliveredAt,
      Long cost, String failure) {}

  public record MemberMessages(List<MemberMessage> items, long total, int page, int size) {}

  /** One message of a batch, with the member it went to ({@code memberCode} null for a member no longer in the club). */
  public record BatchMessageView(String id, String memberCode, String firstName, String lastName, MessageStatus status, String text, Instant sentAt,
      Instant deliveredAt, Long cost, String failure, int attempts) {}

  public record BatchMessages(List<BatchMessageView> items, long total, int page, int size) {}

  @Inject MemberContacts contacts;
  @Inject MemberAddresses addresses;
  @Inject Features features;
  @Inject Consents consents;
  @Inject MessageTemplates templates;
  @Inject Segments segments;
  @Inject ExpandBatches expansions;

  /** Rial per SMS part, for estimates (BASHGAH_SMS_PART_PRICE); unset means the estimate shows no cost. */
  @Inject
  @ConfigProperty(name = "bashgah.sms.part-price")
  Optional<Long> partPrice;
  @Inject Messages messages;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** What a send would reach, before it is made. */
  public record Estimate(long recipients, long suppressed, int smsParts, Long estimatedCost, String segment) {}

  public record BatchSummary(String batchId, String channel, String template, String text, String segment, Instant sendAt, Instant createdAt,
      String createdBy, long recipients, long suppressed, boolean queueing, Map<MessageStatus, Long> counts) {}

  public record Batches(List<BatchSummary> items, long total, int page, int size) {}

  /** A send checked and its recipients found, before anything is written. */
  private record Plan(Channel channel, MessageTemplate template, String subject, String text, Instant due, Map<Long, MemberContacts.Contact> members,
      Map<Long, String> addressOf, Set<Long> refusing, Segment segment, long recipients, long suppressed) {
    String what() {
      return template == null ? text : template.text();
    }
  }

  /**
   * What staff asked to send: to {@code memberCodes} or a {@code segment}, a template or a text (and for
   * email and push a {@code subject}, which a template carries itself), now or at {@code sendAt}.
   */
  public record Request(String channel, List<String> memberCodes, String segment, String template, String subject, String text, String sendAt) {}

  @Transactional
  public Queued send(Request request) {
    Instant now = Instant.now(clock);
    Plan p = plan(request, now);
    long batchId = Ids.next();
    if (p.segment() == null) {
      for (MemberContacts.Contact c : p.members().values()) {
        String address = p.addressOf().get(c.memberId());
        String reason = p.refusing().contains(c.memberId()) ? "the member refused " + p.channel() + " messages"
            : address == null ? "the member has no " + p.channel().address() : null;
        messages.addDraft(Ids.next(), new Draft(batchId, c.memberId(), p.channel(), MessageKind.MARKETING, reason == null ? address : null, null, null, null,
            reason == null ? MessageStatus.QUEUED : MessageStatus.SUPPRESSED, reason), p.due(), now);
      }
    } else {
      // a million rows do not fit a request: they are written in chunks once this commits
      expansions.afterCommit(batchId);
    }
    String actor = CallContext.actor() == null ? null : CallContext.actor().name();
    messages.addBatch(new Batch(batchId, p.channel(), MessageKind.MARKETING, p.template() == null ? null : p.template().code(), p.text(), p.subject(),
        p.segment() == null ? null : p.segment().code(), p.segment() == null ? null : p.segment().filter(), p.due(), p.recipients(), p.suppressed(), actor, now,
        p.segment() == null));
    Queued queued = new Queued(Long.toString(batchId), Math.toIntExact(p.recipients()), Math.toIntExact(p.suppressed()),
        p.due().isAfter(now) ? "SCHEDULED" : MessageStatus.QUEUED.name(), p.due());
    Map<String, Object> what = new LinkedHashMap<>();
    what.put("channel", p.channel().name());
    what.put("recipients", p.recipients());
    what.put("suppressed", p.suppressed());
    what.put(p.template() == null ? "text" : "template", p.template() == null ? p.text() : p.template().code());
    if (p.segment() != null) {
      what.put("segment", p.segment().code());
    }
    what.put("sendAt", p.due().toString());
    audit.record("MESSAGE.SEND", "message-batch", queued.batchId(), null, what);
    return queued;
  }

  /** What the send would reach and cost, without sending it (the cost from the SMS price per part the platform is set with). */
  @Transactional
  public Estimate estimate(Request request) {
    Plan p = plan(request, Instant.now(clock));
    int parts = p.channel() == Channel.SMS ? SmsParts.of(p.what()).parts() : 0;
    Long cost = p.channel() != Channel.SMS ? null
        : partPrice.filter(price -> price > 0).map(price -> Math.multiplyExact(Math.multiplyExact(p.recipients(), parts), price)).orElse(null);
    return new Estimate(p.recipients(), p.suppressed(), parts, cost, p.segment() == null ? null : p.segment().code());
  }

  @Transactional
  public Batches batches(Paging paging) {
    List<BatchSummary> items = messages.recentBatches((int) paging.offset(), paging.size()).stream()
        .map(b -> new BatchSummary(Long.toString(b.id()), b.channel().name(), b.templateCode(), b.text(), b.segmentCode(), b.sendAt(), b.createdAt(),
            b.createdBy(), b.recipients(), b.suppressed(), !b.expansionDone(), messages.countsOfBatch(b.id())))
        .toList();
    return new Batches(items, messages.countOfBatches(), paging.page(), paging.size());
  }

  private Plan plan(Request request, Instant now) {
    List<String> memberCodes = request.memberCodes();
    String segmentCode = request.segment();
    String templateCode = request.template();
    String text = request.text();
    String sendAt = request.sendAt();
    Validation v = new Validation();
    Channel ch = ManageTemplates.parseChannel(v, request.channel());
    v.require(ch == null || addresses.canSend(ch), "channel", "cannot be sent on this platform yet: use SMS or EMAIL");
    v.require(memberCodes == null || segmentCode == null, "to", "name either memberCodes or a segment, not both");
    v.require(memberCodes != null && !memberCodes.isEmpty() || segmentCode != null, "to.memberCodes", "is required: one member code or more (or a segment)");
    v.require(memberCodes == null || memberCodes.size() <= MAX_MEMBERS, "to.memberCodes",
        "must name at most " + MAX_MEMBERS + " members; for more, save them as a segment");
    v.require(templateCode == null || text == null, "text", "give either a template or a text, not both");
    v.require(templateCode != null || text != null, "text", "is required (or name a template)");
    if (text != null) {
      ManageTemplates.checkText(v, "text", text, ch == Channel.EMAIL ? ManageTemplates.MAX_EMAIL_TEXT : MAX_TEXT);
    }
    String subject = request.subject() == null || request.subject().isBlank() ? null : request.subject().strip();
    if (subject != null) {
      v.require(ch == null || ch.hasSubject(), "subject", "is for EMAIL and PUSH messages only");
      v.require(templateCode == null, "subject", "comes from the template: leave it out when you name one");
      ManageTemplates.checkText(v, "subject", subject, ManageTemplates.MAX_SUBJECT);
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
    // SMS comes with the messaging endpoints' own feature (C1); email, push and messengers need theirs
    features.require(ch.feature());
    MessageTemplate template = null;
    if (templateCode != null) {
      template = templates.byCode(templateCode.trim()).orElseThrow(() -> Problem.invalid("template", "names no template of the club: " + templateCode.trim()));
      if (template.channel() != ch) {
        throw Problem.invalid("template", "is a " + template.channel() + " template; this send is " + ch);
      }
    }
    String body = text == null ? null : text.strip();
    if (segmentCode != null) {
      Segment segment = segments.byCode(segmentCode.trim()).orElseThrow(() -> Problem.invalid("to.segment", "names no segment of the club: " + segmentCode.trim()));
      Segments.Count count = segments.count(segment.filter(), ch);
      return new Plan(ch, template, subject, body, due, Map.of(), Map.of(), Set.of(), segment, count.members() - count.refusing(), count.refusing());
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
    Map<Long, String> addressOf = addresses.of(ch, members.values());
    long reachable = members.keySet().stream().filter(id -> !refusing.contains(id) && addressOf.containsKey(id)).count();
    return new Plan(ch, template, subject, body, due, members, addressOf, refusing, null, reachable, members.size() - reachable);
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
    // suppressed, failed (before C2 could tell clubs apart) or sent over the service line: any status but QUEUED
    long doNotDisturb = total == counts.getOrDefault(MessageStatus.QUEUED, 0L) ? 0 : messages.doNotDisturbOfBatch(id);
    if (batch == null) {
      // a batch of the first step, before batches had a row of their own
      return new BatchCounts(batchId, total, counts, doNotDisturb, null, null, null, null, null, null, false, null, null, null);
    }
    return new BatchCounts(batchId, total, counts, doNotDisturb, batch.channel().name(), batch.templateCode(), batch.text(), batch.segmentCode(),
        batch.recipients(), batch.suppressed(), !batch.expansionDone(), batch.sendAt(), batch.createdAt(), batch.createdBy());
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

  /** A batch's messages, those in {@code status} only when it is given: which ones failed and why, page by page. */
  @Transactional
  public BatchMessages ofBatch(String batchId, String status, Paging paging) {
    long id = parseId(batchId);
    MessageStatus wanted = null;
    if (status != null && !status.isBlank()) {
      try {
        wanted = MessageStatus.valueOf(status.trim().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        wanted = MessageStatus.SENDING;
      }
      if (wanted == MessageStatus.SENDING) {
        throw Problem.invalid("status", "must be one of QUEUED, SENT, DELIVERED, FAILED, SUPPRESSED");
      }
    }
    if (messages.batches(List.of(id)).isEmpty() && messages.countOfBatch(id, null) == 0) {
      throw Problem.notFound("No batch of messages " + batchId);
    }
    List<Messages.BatchMessage> page = messages.ofBatch(id, wanted, (int) paging.offset(), paging.size());
    Set<Long> memberIds = new java.util.HashSet<>();
    page.stream().map(Messages.BatchMessage::memberId).filter(java.util.Objects::nonNull).forEach(memberIds::add);
    Map<Long, MemberContacts.Contact> who = memberIds.isEmpty() ? Map.of() : contacts.byIds(memberIds);
    List<BatchMessageView> items = page.stream().map(m -> {
      MemberContacts.Contact c = m.memberId() == null ? null : who.get(m.memberId());
      return new BatchMessageView(Long.toString(m.id()), c == null ? null : c.memberCode(), c == null ? null : c.firstName(), c == null ? null : c.lastName(),
          m.status(), m.text(), m.sentAt(), m.deliveredAt(), m.cost(), m.failure(), m.attempts());
    }).toList();
    return new BatchMessages(items, messages.countOfBatch(id, wanted), paging.page(), paging.size());
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
