package ir.bashgah.messaging.domain.consent;

import ir.bashgah.messaging.api.Channel;

/** Which channels a member agrees to hear from the club on. Every channel until he says otherwise. */
public record Consent(boolean sms, boolean email, boolean push, boolean messenger) {
  public static final Consent ALL = new Consent(true, true, true, true);

  public boolean allows(Channel channel) {
    return switch (channel) {
      case SMS -> sms;
      case EMAIL -> email;
      case PUSH -> push;
      case MESSENGER -> messenger;
    };
  }
}
