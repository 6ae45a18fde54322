package ir.bashgah.messaging.infra;

import ir.bashgah.messaging.domain.message.SmsGateway;
import java.util.logging.Logger;

/**
 * The gateway of a platform without one (development, tests): the message goes to the log and counts
 * as sent, so everything around it behaves as in production.
 */
public final class LogSmsGateway implements SmsGateway {
  private static final Logger LOG = Logger.getLogger(LogSmsGateway.class.getName());

  @Override
  public String name() {
    return "log";
  }

  @Override
  public Result send(long localId, String mobile, String text) {
    LOG.info(() -> "SMS " + localId + " to " + mobile + ": " + text);
    return new Sent("log-" + localId, 0L);
  }
}
