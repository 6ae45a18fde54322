package ir.bashgah.messaging.application;

import ir.bashgah.kernel.TenantContext;
import ir.bashgah.members.api.MemberContacts;
import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.api.MemberStandings;
import ir.bashgah.messaging.domain.consent.Consent;
import ir.bashgah.messaging.domain.consent.Consents;
import ir.bashgah.messaging.domain.settings.MessagingSettings;
import ir.bashgah.messaging.domain.settings.QuietHours;
import ir.bashgah.messaging.domain.template.MessageTemplate;
import ir.bashgah.messaging.domain.template.MessageTemplates;
import ir.bashgah.tenancy.api.Plan;
import ir.bashgah.tenancy.api.TenantDescriptor;
import ir.bashgah.tenancy.api.TenantDirectory;
import ir.bashgah.tenancy.api.TenantStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A club in memory around the outbox: its members, their consent and standing, its templates and quiet hours. */
class ClubFixture implements MemberContacts, Consents, MessagingSettings, TenantDirectory {
  static final String SLUG = "golestan";

  final Map<Long, Contact> members = new HashMap<>();
  final Map<Long, Consent> consents = new HashMap<>();
  final Map<Long, MemberStandings.Standing> standings = new HashMap<>();
  final Map<String, MessageTemplate> templates = new HashMap<>();
  QuietHours quietHours = QuietHours.DEFAULT;

  ClubFixture() {
    TenantContext.enter(new TenantContext.TenantRef(SLUG, "t_" + SLUG, "VIP"));
  }

  ComposeMessages composer(InMemoryMessages outbox, java.time.Clock clock) {
    ComposeMessages compose = new ComposeMessages();
    compose.messages = outbox;
    compose.templates = templateStore;
    compose.contacts = this;
    compose.addresses = new MemberAddresses();
    compose.consents = this;
    compose.tenants = this;
    compose.clock = clock;
    compose.standings = ids -> {
      Map<Long, MemberStandings.Standing> found = new HashMap<>();
      ids.forEach(id -> Optional.ofNullable(standings.get(id)).ifPresent(s -> found.put(id, s)));
      return found;
    };
    compose.publicUrl = "https://club.example/";
    return compose;
  }

  void member(long id, String firstName, String mobile, String email) {
    members.put(id, new Contact(id, Long.toString(1000 + id), firstName, "Amini", mobile, email));
  }

  void template(String code, Channel channel, String text) {
    templates.put(code, new MessageTemplate(code, channel, text, null, Instant.EPOCH, Instant.EPOCH));
  }

  @Override
  public Optional<Contact> byCode(String memberCode) {
    return members.values().stream().filter(c -> c.memberCode().equals(memberCode)).findFirst();
  }

  @Override
  public Map<Long, Contact> byIds(Collection<Long> memberIds) {
    Map<Long, Contact> found = new HashMap<>();
    memberIds.forEach(id -> Optional.ofNullable(members.get(id)).ifPresent(c -> found.put(id, c)));
    return found;
  }

  @Override
  public Consent of(long memberId) {
    return consents.getOrDefault(memberId, Consent.ALL);
  }

  @Override
  public void save(long memberId, Consent consent, Instant now) {
    consents.put(memberId, consent);
  }

  @Override
  public Set<Long> refusing(Channel channel, Collection<Long> memberIds) {
    Set<Long> refusing = new HashSet<>();
    memberIds.forEach(id -> {
      if (!of(id).allows(channel)) {
        refusing.add(id);
      }
    });
    return refusing;
  }

  /** The club's templates. */
  final class Templates implements MessageTemplates {
    @Override
    public Optional<MessageTemplate> byCode(String code) {
      return Optional.ofNullable(templates.get(code));
    }

    @Override
    public Map<String, MessageTemplate> byCodes(Collection<String> codes) {
      Map<String, MessageTemplate> found = new HashMap<>();
      codes.forEach(c -> Optional.ofNullable(templates.get(c)).ifPresent(t -> found.put(c, t)));
      return found;
    }

    @Override
    public List<MessageTemplate> all() {
      return List.copyOf(templates.values());
    }

    @Override
    public boolean add(MessageTemplate template) {
      return templates.putIfAbsent(template.code(), template) == null;
    }

    @Override
    public boolean replace(MessageTemplate template) {
      return templates.replace(template.code(), template) != null;
    }
  }

  final Templates templateStore = new Templates();

  @Override
  public QuietHours quietHours() {
    return quietHours;
  }

  @Override
  public void saveQuietHours(QuietHours hours, Instant now) {
    quietHours = hours;
  }

  @Override
  public Optional<TenantDescriptor> find(String slug) {
    return Optional.of(new TenantDescriptor(slug, "گلستان", Plan.VIP, TenantStatus.ACTIVE, "t_" + slug, null));
  }

  @Override
  public List<TenantDescriptor> servable() {
    return List.of(find(SLUG).orElseThrow());
  }

  @Override
  public void forget(String slug) {}
}
