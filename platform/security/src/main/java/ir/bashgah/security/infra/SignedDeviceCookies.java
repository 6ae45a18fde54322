package ir.bashgah.security.infra;

import ir.bashgah.security.domain.throttle.KnownDevices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Device cookies (OWASP's answer to lockouts used against their victims): a random device id and an
 * HMAC binding it to one account, under a key derived from the platform's token key, so any node can
 * check one and nobody can make one.
 */
@ApplicationScoped
public class SignedDeviceCookies implements KnownDevices {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  @Inject PlatformSecrets secrets;

  private volatile SecretKeySpec key;

  @Override
  public String remember(String accountName) {
    byte[] id = new byte[16];
    RANDOM.nextBytes(id);
    String deviceId = B64.encodeToString(id);
    return deviceId + "." + mac(deviceId, accountName);
  }

  @Override
  public Optional<String> recognise(String cookie, String accountName) {
    if (cookie == null || cookie.length() > 100) {
      return Optional.empty();
    }
    int dot = cookie.indexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String deviceId = cookie.substring(0, dot);
    byte[] given = cookie.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
    byte[] expected = mac(deviceId, accountName).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(given, expected) ? Optional.of(deviceId) : Optional.empty();
  }

  private String mac(String deviceId, String accountName) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key());
      return B64.encodeToString(mac.doFinal((deviceId + "|" + accountName).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private SecretKeySpec key() throws GeneralSecurityException {
    if (key == null) {
      Mac derive = Mac.getInstance("HmacSHA256");
      derive.init(new SecretKeySpec(secrets.jwtKey(), "HmacSHA256"));
      key = new SecretKeySpec(derive.doFinal("bashgah device cookie v1".getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
    }
    return key;
  }
}
