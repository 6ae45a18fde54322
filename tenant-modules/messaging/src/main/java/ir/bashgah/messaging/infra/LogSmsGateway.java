package ir.bashgah.messaging.infra;

import ir.bashgah.messaging.domain.message.DeliveryReport;
import ir.bashgah.messaging.domain.message.SmsGateway;
import java.util.List;
import java.util.logging.Logger;

/**
 * The gateway of a platform without one (development, tests): the message goes to the log and counts
 * as sent, and its delivery report says delivered at once, so everything around it behaves as in
 * production and a message shows its whole life, QUEUED, SENT, DELIVERED.
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

  @Override
  public Result sendFrom(String sender, long localId, String mobile, String text) {
    LOG.info(() -> "SMS " + localId + " to " + mobile + " from " + sender + ": " + text);
    return new Sent("log-" + localId, 0L);
  }

  @Override
  public Result sendVerify(long localId, String mobile, String template, String token) {
    LOG.info(() -> "SMS " + localId + " to " + mobile + " with template " + template + ": " + token);
    return new Sent("log-" + localId, 0L);
  }

  @Override
  public int reportsPerRequest() {
    return 500;
  }

  @Override
  public Reports reports(List<String> providerMessageIds) {
    return new Reported(providerMessageIds.stream().map(id -> DeliveryReport.delivered(id, null)).toList());
  }
}
