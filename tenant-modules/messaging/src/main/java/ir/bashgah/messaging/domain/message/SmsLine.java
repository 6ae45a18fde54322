package ir.bashgah.messaging.domain.message;

/**
 * The line a club's SMS go out on: the platform's, or the club's own (plan feature C6). A sent
 * message keeps which, so that its delivery report is asked of the same line.
 */
public record SmsLine(Line line, SmsGateway gateway) {
  public enum Line {
    PLATFORM,
    CLUB
  }
}
