package ir.bashgah.messaging.application;

import ir.bashgah.messaging.domain.message.SmsGateway;
import ir.bashgah.messaging.domain.message.SmsLine;
import java.util.Optional;

/** The lines of a club in a unit test: one gateway on one line, whatever the club's plan. */
final class OneLine extends SmsLines {
  private final SmsLine line;

  OneLine(SmsLine.Line which, SmsGateway gateway) {
    this(new SmsLine(which, gateway));
  }

  OneLine(SmsLine line) {
    this.line = line;
  }

  static OneLine platform(SmsGateway gateway) {
    return new OneLine(SmsLine.Line.PLATFORM, gateway);
  }

  @Override
  public SmsLine current() {
    return line;
  }

  @Override
  public Optional<SmsGateway> forReports(SmsLine.Line which, String provider) {
    return which == line.line() && line.gateway().name().equals(provider) ? Optional.of(line.gateway()) : Optional.empty();
  }
}
