package ir.bashgah.messaging.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves, so backoffs and leases pass without waiting for them. */
final class MovableClock extends Clock {
  private Instant now;

  MovableClock(Instant start) {
    this.now = start;
  }

  void set(Instant at) {
    now = at;
  }

  void advance(Duration by) {
    now = now.plus(by);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
