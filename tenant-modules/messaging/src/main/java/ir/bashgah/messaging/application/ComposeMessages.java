package ir.bashgah.messaging.application;

import ir.bashgah.kernel.TenantContext;
import ir.bashgah.members.api.MemberContacts;
import ir.bashgah.messaging.api.AutomaticMessages.EventValues;
import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.api.MemberStandings;
import ir.bashgah.messaging.domain.consent.Consents;
import ir.bashgah.messaging.domain.message.Batch;
import ir.bashgah.messaging.domain.message.ClaimedMessage;
import ir.bashgah.messaging.domain.message.Messages;
import ir.bashgah.messaging.domain.template.MessageTemplate;
import ir.bashgah.messaging.domain.template.MessageTemplates;
import ir.bashgah.messaging.domain.template.Placeholder;
import ir.bashgah.messaging.domain.template.TemplateText;
import ir.bashgah.tenancy.api.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Composes claimed messages just before they are sent, in the claim's transaction: the member's
 * address and consent as they are now, the template (or the batch's text) filled with the event's
 * values, the member's standing and the club's name. A member the club may not or cannot reach on the
 * channel is SUPPRESSED here, once, rather than sent to.
 */
@ApplicationScoped
public class ComposeMessages {
  private static final Locale PERSIAN = Locale.forLanguageTag("fa-IR");
  private static final Set<Placeholder> STANDING = java.util.EnumSet.of(Placeholder.POINTS, Placeholder.CREDIT, Placeholder.LEVEL);

  @Inject Messages messages;
  @Inject MessageTemplates templates;
  @Inject MemberContacts contacts;
  @Inject MemberAddresses addresses;
  @Inject Consents consents;
  @Inject Instance<MemberStandings> standingsSource;
  @Inject TenantDirectory tenants;
  @Inject Clock clock;

  MemberStandings standings;

  @Inject
  @ConfigProperty(name = "bashgah.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /** The messages of {@code claimed} ready to send; the others are recorded SUPPRESSED or FAILED. */
  public List<ClaimedMessage> compose(Channel channel, List<ClaimedMessage> claimed) {
    Set<Long> memberIds = new HashSet<>();
    Set<Long> batchIds = new HashSet<>();
    Set<String> templateCodes = new HashSet<>();
    for (ClaimedMessage m : claimed) {
      if (m.memberId() != null) {
        memberIds.add(m.memberId());
      }
      if (m.batchId() != null) {
        batchIds.add(m.batchId());
      }
      if (m.templateCode() != null) {
        templateCodes.add(m.templateCode());
      }
    }
    Set<Long> refusing = consents.refusing(channel, memberIds);
    boolean anyToCompose = claimed.stream().anyMatch(m -> !m.composed());
    if (!anyToCompose && refusing.isEmpty()) {
      return claimed;
    }
    Map<Long, Batch> batches = messages.batches(batchIds);
    batches.values().stream().map(Batch::templateCode).filter(Objects::nonNull).forEach(templateCodes::add);
    Map<String, MessageTemplate> byCode = templates.byCodes(templateCodes);
    Map<Long, MemberContacts.Contact> contactOf = anyToCompose ? contacts.byIds(memberIds) : Map.of();
    Map<Long, String> addressOf = anyToCompose ? addresses.of(channel, contactOf.values()) : Map.of();
    // balances and levels cost loyalty two reads a member: only for the members whose text shows one
    Set<Long> needStanding = new HashSet<>();
    for (ClaimedMessage m : claimed) {
      String text = m.composed() || m.memberId() == null ? null : text(m, batches.get(m.batchId()), byCode);
      String subject = text == null ? null : subjectTemplate(m, batches.get(m.batchId()), byCode);
      if (text != null && !java.util.Collections.disjoint(TemplateText.of(subject == null ? text : text + " " + subject).placeholders(), STANDING)) {
        needStanding.add(m.memberId());
      }
    }
    Map<Long, MemberStandings.Standing> standingOf = needStanding.isEmpty() ? Map.of() : standings().of(needStanding);
    String slug = TenantContext.require().slug();
    String club = tenants.find(slug).map(t -> t.name()).orElse("");

    List<ClaimedMessage> ready = new ArrayList<>();
    for (ClaimedMessage m : claimed) {
      if (m.memberId() != null && refusing.contains(m.memberId())) {
        messages.recordSuppressed(m.id(), "the member refused " + channel + " messages");
        continue;
      }
      if (m.composed()) {
        ready.add(m);
        continue;
      }
      MemberContacts.Contact contact = m.memberId() == null ? null : contactOf.get(m.memberId());
      String recipient = m.recipient() != null ? m.recipient() : contact == null ? null : addressOf.get(m.memberId());
      if (recipient == null || recipient.isBlank()) {
        messages.recordSuppressed(m.id(), contact == null ? "the member is no longer in the club" : "the member has no " + channel.address());
        continue;
      }
      Batch batch = batches.get(m.batchId());
      String text = text(m, batch, byCode);
      if (text == null) {
        messages.recordFailed(m.id(), null, "its template " + m.templateCode() + " is gone", Instant.now(clock));
        continue;
      }
      Map<Placeholder, String> values = values(contact, standingOf.get(m.memberId()), EventParams.read(m.params()), club, slug);
      String filled = TemplateText.of(text).fill(values);
      if (filled.isBlank()) {
        messages.recordSuppressed(m.id(), "its text came out empty");
        continue;
      }
      String subject = subject(channel, m, batch, byCode, values, club);
      messages.recordComposed(m.id(), recipient, subject, filled);
      ready.add(m.composedAs(recipient, subject, filled));
    }
    return ready;
  }

  /** Loyalty's, when the platform has it; otherwise {points}, {credit} and {level} stay empty. */
  MemberStandings standings() {
    if (standings == null) {
      standings = standingsSource.isResolvable() ? standingsSource.get() : ids -> Map.of();
    }
    return standings;
  }

  /**
   * An email's subject or a push notification's title: the template's (or the batch's) filled in with
   * the member's values, or else the club's name, which is what a member recognises in his inbox.
   */
  private static String subject(Channel channel, ClaimedMessage m, Batch batch, Map<String, MessageTemplate> byCode, Map<Placeholder, String> values,
      String club) {
    if (channel != Channel.EMAIL && channel != Channel.PUSH) {
      return null;
    }
    String subject = subjectTemplate(m, batch, byCode);
    String filled = subject == null ? "" : TemplateText.of(subject).fill(values).strip();
    return filled.isEmpty() ? club : filled;
  }

  private static String subjectTemplate(ClaimedMessage m, Batch batch, Map<String, MessageTemplate> byCode) {
    String code = m.templateCode() != null ? m.templateCode() : batch == null ? null : batch.templateCode();
    if (code != null) {
      MessageTemplate t = byCode.get(code);
      return t == null ? null : t.subject();
    }
    return batch == null ? null : batch.subject();
  }

  private static String text(ClaimedMessage m, Batch batch, Map<String, MessageTemplate> byCode) {
    if (m.text() != null) {
      return m.text();
    }
    String code = m.templateCode() != null ? m.templateCode() : batch == null ? null : batch.templateCode();
    if (code != null) {
      MessageTemplate t = byCode.get(code);
      return t == null ? null : t.text();
    }
    return batch == null ? null : batch.text();
  }

  /** A member's values now (his names, standing, the club and its portal), without an event's: what a preview shows. */
  Map<Placeholder, String> valuesNow(MemberContacts.Contact contact, String club, String slug) {
    MemberStandings.Standing standing = standings().of(java.util.Set.of(contact.memberId())).get(contact.memberId());
    return values(contact, standing, EventValues.NONE, club, slug);
  }

  private Map<Placeholder, String> values(MemberContacts.Contact contact, MemberStandings.Standing standing, EventValues event, String club, String slug) {
    Map<Placeholder, String> v = new EnumMap<>(Placeholder.class);
    if (contact != null) {
      v.put(Placeholder.FIRST_NAME, contact.firstName());
      v.put(Placeholder.LAST_NAME, contact.lastName());
    }
    // the event's own figures first: an earn receipt shows the balance right after that invoice
    Long points = event.points() != null ? event.points() : standing == null ? null : standing.points();
    Long credit = event.credit() != null ? event.credit() : standing == null ? null : standing.credit();
    String level = event.level() != null ? event.level() : standing == null ? null : standing.level();
    put(v, Placeholder.POINTS, points);
    put(v, Placeholder.CREDIT, credit);
    put(v, Placeholder.AMOUNT, event.amount());
    if (level != null) {
      v.put(Placeholder.LEVEL, level);
    }
    v.put(Placeholder.CLUB, club);
    v.put(Placeholder.LINK, event.link() != null ? event.link() : publicUrl.replaceAll("/+$", "") + "/p/" + slug + "/");
    return v;
  }

  private static void put(Map<Placeholder, String> v, Placeholder p, Long value) {
    if (value != null) {
      v.put(p, NumberFormat.getIntegerInstance(PERSIAN).format(value));
    }
  }
}
