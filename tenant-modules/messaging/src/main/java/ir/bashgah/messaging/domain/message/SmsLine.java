package ir.bashgah.messaging.domain.message;

/**
 * The line a club's SMS go out on: the platform's, or the club's own (plan feature C6). A sent
 * message keeps which, so that its delivery report is asked of the same line. {@code serviceSender}:
 * the same account's service line, for numbers that block advertising SMS, when the club may use it
 * (plan feature C2) and the account has one; null otherwise.
 */
public record SmsLine(Line line, SmsGateway gateway, String serviceSender) {
  public SmsLine(Line line, SmsGateway gateway) {
    this(line, gateway, null);
  }

  public enum Line {
    PLATFORM,
    CLUB
  }
}
