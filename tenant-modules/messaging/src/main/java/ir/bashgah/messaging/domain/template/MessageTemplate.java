package ir.bashgah.messaging.domain.template;

import ir.bashgah.messaging.api.Channel;
import java.time.Instant;

/** A club's saved message, by its code; {@code subject} is for email only. */
public record MessageTemplate(String code, Channel channel, String text, String subject, Instant createdAt, Instant updatedAt) {
  public TemplateText body() {
    return TemplateText.of(text);
  }
}
