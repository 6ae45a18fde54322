package ir.bashgah.messaging.application;

import ir.bashgah.features.api.Features;
import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.crypto.P256;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.messaging.api.PushSubscriptions;
import ir.bashgah.messaging.domain.push.PushService;
import ir.bashgah.messaging.domain.push.PushSubscription;
import ir.bashgah.messaging.domain.push.Subscriptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;

/**
 * Keeps a member's browser subscriptions (messaging.api.PushSubscriptions). Everything is checked
 * before it is kept, since a bad subscription would otherwise fail each send later: the endpoint is an
 * https address on the public internet (the platform will post to it), p256dh a P-256 point and auth
 * 16 bytes, as browsers make them.
 */
@ApplicationScoped
public class SubscribeToPush implements PushSubscriptions {
  static final int MAX_ENDPOINT = 1000;
  static final int MAX_USER_AGENT = 200;

  @Inject Subscriptions subscriptions;
  @Inject PushService push;
  @Inject Features features;
  @Inject Clock clock;

  @Override
  @Transactional
  public void subscribe(long memberId, String endpoint, String p256dh, String auth, String userAgent) {
    features.require("C4");
    String address = endpoint == null ? null : endpoint.trim();
    Validation v = new Validation();
    v.require(address != null && !address.isEmpty(), "endpoint", "is required: the subscription's endpoint, as the browser's PushSubscription gives it");
    if (address != null && !address.isEmpty()) {
      String problem = endpointProblem(address);
      v.require(problem == null, "endpoint", problem);
    }
    byte[] point = key(v, "keys.p256dh", p256dh, P256.POINT_LENGTH, "the browser's P-256 public key (65 bytes, uncompressed)");
    if (point != null) {
      try {
        P256.publicKey(point);
      } catch (IllegalArgumentException e) {
        v.require(false, "keys.p256dh", "is not a P-256 public key: " + e.getMessage());
      }
    }
    byte[] secret = key(v, "keys.auth", auth, 16, "the subscription's authentication secret (16 bytes)");
    v.throwIfInvalid();

    String agent = userAgent == null || userAgent.isBlank() ? null : userAgent.strip();
    if (agent != null && agent.length() > MAX_USER_AGENT) {
      agent = agent.substring(0, MAX_USER_AGENT);
    }
    subscriptions.save(new PushSubscription(Ids.next(), memberId, address, P256.base64Url(point), P256.base64Url(secret), agent, Instant.now(clock), null, 0));
    subscriptions.keepNewest(memberId, PER_MEMBER);
  }

  @Override
  @Transactional
  public boolean unsubscribe(long memberId, String endpoint) {
    return endpoint != null && !endpoint.isBlank() && subscriptions.remove(memberId, endpoint.trim());
  }

  private String endpointProblem(String address) {
    if (address.length() > MAX_ENDPOINT) {
      return "must be at most " + MAX_ENDPOINT + " characters";
    }
    URI uri;
    try {
      uri = new URI(address);
    } catch (URISyntaxException e) {
      return "must be the https address of the browser's push service";
    }
    if (uri.getRawFragment() != null) {
      return "must be the https address of the browser's push service, without a fragment";
    }
    return push.refuses(uri);
  }

  /** The bytes of a base64url key of {@code length} bytes, or null with the mistake recorded in {@code v}. */
  private static byte[] key(Validation v, String field, String text, int length, String what) {
    if (text == null || text.isBlank()) {
      v.require(false, field, "is required: " + what + ", in base64url");
      return null;
    }
    byte[] bytes;
    try {
      bytes = P256.fromBase64Url(text);
    } catch (IllegalArgumentException e) {
      v.require(false, field, "must be base64url (letters, digits, - and _): " + what);
      return null;
    }
    if (bytes.length != length) {
      v.require(false, field, "must be " + length + " bytes (" + what + "), not " + bytes.length);
      return null;
    }
    return bytes;
  }
}
