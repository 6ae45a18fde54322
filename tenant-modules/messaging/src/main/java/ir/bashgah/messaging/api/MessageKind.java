package ir.bashgah.messaging.api;

/** Transactional messages (an OTP, an earn receipt) go at once; marketing ones will respect consent and quiet hours. */
public enum MessageKind {
  TRANSACTIONAL,
  MARKETING
}
