package ir.bashgah.messaging.api;

/** How a message reaches a member (API-2.md, "Messaging"), with the plan feature that opens it. */
public enum Channel {
  SMS("C1", "mobile"),
  EMAIL("C3", "email"),
  PUSH("C4", "push subscription");

  private final String feature;
  private final String address;

  Channel(String feature, String address) {
    this.feature = feature;
    this.address = address;
  }

  /** The plan feature (PLANS.md) a club needs to send on the channel. */
  public String feature() {
    return feature;
  }

  /** Whether its messages carry a subject (an email's) or a title (a push notification's). */
  public boolean hasSubject() {
    return this == EMAIL || this == PUSH;
  }

  /** What a member must have to be reached on the channel, as errors and reasons name it. */
  public String address() {
    return address;
  }
}
