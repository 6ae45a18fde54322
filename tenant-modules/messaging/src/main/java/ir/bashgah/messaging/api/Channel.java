package ir.bashgah.messaging.api;

/** How a message reaches a member (API-2.md, "Messaging"). */
public enum Channel {
  SMS,
  EMAIL,
  PUSH
}
