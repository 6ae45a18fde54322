package ir.bashgah.messaging.application;

import ir.bashgah.messaging.domain.push.VapidKey;
import ir.bashgah.security.api.WebPushKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The platform's VAPID key pair (security.api) as the push service in infra needs it. */
@ApplicationScoped
public class PlatformVapidKey implements VapidKey {
  @Inject WebPushKeys keys;

  @Override
  public String publicKeyText() {
    return keys.publicKeyText();
  }

  @Override
  public byte[] sign(byte[] content) {
    return keys.sign(content);
  }
}
