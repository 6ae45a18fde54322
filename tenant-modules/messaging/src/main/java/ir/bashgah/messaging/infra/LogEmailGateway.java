package ir.bashgah.messaging.infra;

import ir.bashgah.messaging.domain.message.EmailGateway;
import java.util.logging.Logger;

/** The email gateway of a platform without an SMTP server (development, tests): the email goes to the log and counts as sent. */
public final class LogEmailGateway implements EmailGateway {
  private static final Logger LOG = Logger.getLogger(LogEmailGateway.class.getName());

  @Override
  public String name() {
    return "log";
  }

  @Override
  public Result send(long localId, Email email) {
    LOG.info(() -> "Email " + localId + " to " + email.to() + " from " + email.senderName() + ": " + email.subject() + "\n" + email.text());
    return new Sent("log-" + localId, null);
  }
}
