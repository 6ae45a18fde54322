package ir.bashgah.messaging.domain.line;

import ir.bashgah.messaging.domain.message.SmsGateway;

/** The gateways SMS can go through: the platform's line, and a gateway for a club's own line. */
public interface SmsGateways {
  SmsGateway platform();

  /** A gateway speaking to the club's account; the same one again for the same line and revision. */
  SmsGateway forClub(String club, ClubLine line);
}
