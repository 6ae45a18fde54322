package ir.bashgah.messaging.application;

import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.domain.message.ClaimedMessage;
import ir.bashgah.messaging.domain.message.Gateway;
import ir.bashgah.messaging.domain.message.SmsLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** SMS go out on the club's own line (C6) or the platform's, decided once per run ({@link SmsLines}). */
@ApplicationScoped
public class SmsOutlet implements ChannelOutlet {
  @Inject SmsLines lines;

  @Override
  public Channel channel() {
    return Channel.SMS;
  }

  @Override
  public Outlet open() {
    SmsLine line = lines.current();
    return new Outlet() {
      @Override
      public String provider() {
        return line.gateway().name();
      }

      @Override
      public SmsLine.Line line() {
        return line.line();
      }

      @Override
      public Gateway.Result send(ClaimedMessage message) {
        return line.gateway().send(message.id(), message.recipient(), message.text());
      }
    };
  }
}
