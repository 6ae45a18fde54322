package ir.bashgah.messaging.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.domain.template.MessageTemplate;
import ir.bashgah.messaging.domain.template.MessageTemplates;
import ir.bashgah.messaging.domain.template.Placeholder;
import ir.bashgah.messaging.domain.template.SmsParts;
import ir.bashgah.messaging.domain.template.TemplateText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The club's message templates (API-2.md, "Messaging"): checked when saved, so an unknown placeholder
 * is a 422 now rather than a broken message later.
 */
@ApplicationScoped
public class ManageTemplates {
  public static final String CODE_RULE = "is 1 to 40 lower-case letters, digits, '-' or '_', starting with a letter or digit";
  static final int MAX_SMS_TEXT = 1000;
  static final int MAX_EMAIL_TEXT = 20000;
  static final int MAX_SUBJECT = 200;
  static final String KNOWN = Arrays.stream(Placeholder.values()).map(p -> "{" + p.token() + "}").collect(Collectors.joining(", "));

  public record TemplateView(String code, String channel, String text, String subject, List<String> placeholders, int characters, int smsParts,
      Instant createdAt, Instant updatedAt) {}

  @Inject MessageTemplates templates;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public TemplateView create(String code, String channel, String text, String subject) {
    MessageTemplate t = checked(code, channel, text, subject, Instant.now(clock), Instant.now(clock));
    if (!templates.add(t)) {
      throw Problem.conflict("The club already has a template " + t.code() + ": change it with PUT /message-templates/" + t.code());
    }
    TemplateView view = view(t);
    audit.record("MESSAGE_TEMPLATE.CREATE", "message-template", t.code(), null, Map.of("channel", view.channel(), "text", t.text()));
    return view;
  }

  @Transactional
  public TemplateView replace(String pathCode, String bodyCode, String channel, String text, String subject) {
    if (bodyCode != null && !bodyCode.trim().equals(pathCode)) {
      throw Problem.invalid("code", "must be the template's code in the address (" + pathCode + ") or left out");
    }
    MessageTemplate before = templates.byCode(pathCode).orElseThrow(() -> Problem.notFound("No message template " + pathCode));
    MessageTemplate t = checked(pathCode, channel, text, subject, before.createdAt(), Instant.now(clock));
    templates.replace(t);
    audit.record("MESSAGE_TEMPLATE.UPDATE", "message-template", t.code(), Map.of("text", before.text()), Map.of("text", t.text()));
    return view(t);
  }

  @Transactional
  public List<TemplateView> all() {
    return templates.all().stream().map(ManageTemplates::view).toList();
  }

  @Transactional
  public TemplateView one(String code) {
    return templates.byCode(code).map(ManageTemplates::view).orElseThrow(() -> Problem.notFound("No message template " + code));
  }

  static boolean isCode(String code) {
    return code != null && code.matches("[a-z0-9][a-z0-9_-]{0,39}");
  }

  /** Checks a text a member will read: its placeholders must be known ones. */
  static void checkText(Validation v, String field, String text, int max) {
    v.requireText(text, field, max);
    if (text != null) {
      List<String> unknown = TemplateText.of(text).unknownPlaceholders();
      v.require(unknown.isEmpty(), field, "names unknown placeholders " + unknown.stream().map(u -> "{" + u + "}").collect(Collectors.joining(", "))
          + "; the known ones are " + KNOWN);
    }
  }

  private static MessageTemplate checked(String code, String channel, String text, String subject, Instant createdAt, Instant now) {
    Validation v = new Validation();
    v.require(isCode(code == null ? null : code.trim()), "code", CODE_RULE);
    Channel ch = parseChannel(v, channel);
    checkText(v, "text", text, ch == Channel.EMAIL ? MAX_EMAIL_TEXT : MAX_SMS_TEXT);
    if (subject != null) {
      v.require(ch == null || ch.hasSubject(), "subject", "is for EMAIL and PUSH templates only");
      checkText(v, "subject", subject, MAX_SUBJECT);
    }
    v.throwIfInvalid();
    return new MessageTemplate(code.trim(), ch, text.strip(), subject == null || subject.isBlank() ? null : subject.strip(), createdAt, now);
  }

  static Channel parseChannel(Validation v, String channel) {
    v.require(channel != null, "channel", "is required: SMS, EMAIL or PUSH");
    if (channel == null) {
      return null;
    }
    try {
      return Channel.valueOf(channel.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      v.require(false, "channel", "must be SMS, EMAIL or PUSH");
      return null;
    }
  }

  static TemplateView view(MessageTemplate t) {
    TemplateText body = t.body();
    SmsParts.Count count = SmsParts.of(t.text());
    return new TemplateView(t.code(), t.channel().name(), t.text(), t.subject(), body.placeholders().stream().map(Placeholder::token).toList(),
        count.characters(), t.channel() == Channel.SMS ? count.parts() : 0, t.createdAt(), t.updatedAt());
  }
}
