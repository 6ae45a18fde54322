package ir.bashgah.messaging.application;

import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.members.api.MemberContacts;
import ir.bashgah.members.api.MemberIdentifiers;
import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.domain.consent.Consents;
import ir.bashgah.messaging.domain.template.MessageTemplate;
import ir.bashgah.messaging.domain.template.MessageTemplates;
import ir.bashgah.messaging.domain.template.Placeholder;
import ir.bashgah.messaging.domain.template.SmsParts;
import ir.bashgah.messaging.domain.template.TemplateText;
import ir.bashgah.tenancy.api.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;

/**
 * A message as one real member would get it, before it is sent (issue 12, "preview with a real
 * member's values"): the template or text filled in with his names, points, credit and level now,
 * its length and SMS parts as filled, and whether he would get it at all (his consent, his address).
 * An event's own figures ({amount}, the points of one invoice) are not known before the event and stay empty.
 */
@ApplicationScoped
public class PreviewMessage {
  public record Preview(String memberCode, String channel, String recipient, String subject, String text, int characters, int smsParts, boolean reachable,
      String notReachedBecause) {}

  @Inject MemberContacts contacts;
  @Inject MemberAddresses addresses;
  @Inject Consents consents;
  @Inject MessageTemplates templates;
  @Inject ComposeMessages compose;
  @Inject TenantDirectory tenants;

  @Transactional
  public Preview preview(String channel, String memberCode, String templateCode, String subject, String text) {
    Validation v = new Validation();
    Channel ch = ManageTemplates.parseChannel(v, channel);
    v.require(memberCode != null && MemberIdentifiers.isMemberCode(memberCode.trim()), "memberCode", MemberIdentifiers.MEMBER_CODE_RULE);
    v.require(templateCode == null || text == null, "text", "give either a template or a text, not both");
    v.require(templateCode != null || text != null, "text", "is required (or name a template)");
    if (text != null) {
      ManageTemplates.checkText(v, "text", text, ch == Channel.EMAIL ? ManageTemplates.MAX_EMAIL_TEXT : SendMessages.MAX_TEXT);
    }
    if (subject != null) {
      v.require(ch == null || ch.hasSubject(), "subject", "is for EMAIL and PUSH messages only");
      ManageTemplates.checkText(v, "subject", subject, ManageTemplates.MAX_SUBJECT);
    }
    v.throwIfInvalid();
    String body = text;
    String title = subject;
    if (templateCode != null) {
      MessageTemplate t = templates.byCode(templateCode.trim()).orElseThrow(() -> Problem.invalid("template", "names no template of the club: " + templateCode.trim()));
      if (t.channel() != ch) {
        throw Problem.invalid("template", "is a " + t.channel() + " template; this preview is " + ch);
      }
      body = t.text();
      title = t.subject();
    }
    MemberContacts.Contact contact = contacts.byCode(memberCode.trim())
        .orElseThrow(() -> Problem.invalid("memberCode", "names no member of the club: " + memberCode.trim()));
    String slug = TenantContext.require().slug();
    String club = tenants.find(slug).map(t -> t.name()).orElse("");
    Map<Placeholder, String> values = compose.valuesNow(contact, club, slug);
    String filled = TemplateText.of(body.strip()).fill(values);
    String filledSubject = !ch.hasSubject() ? null : title == null || title.isBlank() ? club : TemplateText.of(title.strip()).fill(values);
    String address = addresses.of(ch, java.util.List.of(contact)).get(contact.memberId());
    boolean refused = !consents.refusing(ch, Set.of(contact.memberId())).isEmpty();
    String why = refused ? "the member refused " + ch + " messages" : address == null ? "the member has no " + ch.address() : null;
    SmsParts.Count count = SmsParts.of(filled);
    return new Preview(contact.memberCode(), ch.name(), address, filledSubject, filled, count.characters(), ch == Channel.SMS ? count.parts() : 0, why == null, why);
  }
}
