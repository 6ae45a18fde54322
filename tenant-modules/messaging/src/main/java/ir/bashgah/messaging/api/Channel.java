package ir.bashgah.messaging.api;

/** How a message reaches a member (API-2.md, "Messaging"). */
public enum Channel {
  SMS,
  EMAIL,
  PUSH,
  /** A chat with the club's bot on a Telegram-compatible messenger (Telegram, Bale): plan feature C8. */
  MESSENGER
}
