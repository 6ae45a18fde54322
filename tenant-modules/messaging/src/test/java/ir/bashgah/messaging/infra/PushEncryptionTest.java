package ir.bashgah.messaging.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.bashgah.kernel.crypto.P256;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import org.junit.jupiter.api.Test;

class PushEncryptionTest {
  // RFC 8291, section 5 (and appendix A)
  private static final String PLAINTEXT = "When I grow up, I want to be a watermelon";
  private static final String AS_PUBLIC = "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8";
  private static final String AS_PRIVATE = "yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw";
  private static final String UA_PUBLIC = "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
  private static final String UA_PRIVATE = "q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94";
  private static final String SALT = "DGv6ra1nlYgDCS1FRnbzlw";
  private static final String AUTH = "BTBZMqHH6r4Tts7J_aSIgg";
  private static final String BODY = "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27ml"
      + "mlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPT"
      + "pK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN";

  private static KeyPair pair(String publicKey, String privateKey) {
    return new KeyPair(P256.publicKey(P256.fromBase64Url(publicKey)), P256.privateKey(P256.fromBase64Url(privateKey)));
  }

  @Test
  void theRfcsExampleComesOutByteForByte() {
    byte[] body = PushEncryption.encrypt(PLAINTEXT.getBytes(StandardCharsets.UTF_8), P256.fromBase64Url(UA_PUBLIC), P256.fromBase64Url(AUTH),
        pair(AS_PUBLIC, AS_PRIVATE), P256.fromBase64Url(SALT));
    assertThat(P256.base64Url(body)).isEqualTo(BODY);
  }

  @Test
  void theBrowserOfTheRfcsExampleReadsItsBody() throws Exception {
    BrowserSide browser = new BrowserSide(pair(UA_PUBLIC, UA_PRIVATE), P256.fromBase64Url(AUTH));
    assertThat(new String(browser.decrypt(P256.fromBase64Url(BODY)), StandardCharsets.UTF_8)).isEqualTo(PLAINTEXT);
  }

  @Test
  void aBrowserReadsWhatIsSentToItAndNoOtherBrowserCan() throws Exception {
    BrowserSide browser = BrowserSide.fresh();
    byte[] payload = "{\"title\":\"باشگاه\",\"body\":\"امتیاز شما دو برابر شد\"}".getBytes(StandardCharsets.UTF_8);
    byte[] body = PushEncryption.encrypt(payload, P256.fromBase64Url(browser.p256dh()), browser.auth);
    assertThat(browser.decrypt(body)).isEqualTo(payload);
    // a fresh salt and key pair per message: the same text never looks the same twice
    assertThat(PushEncryption.encrypt(payload, P256.fromBase64Url(browser.p256dh()), browser.auth)).isNotEqualTo(body);
    assertThat(body).hasSize(PushEncryption.HEADER + payload.length + 1 + 16);

    BrowserSide other = new BrowserSide(P256.generate(), browser.auth);
    assertThatThrownBy(() -> other.decrypt(body)).isInstanceOf(AEADBadTagException.class);
    BrowserSide wrongSecret = new BrowserSide(browser.keys, new byte[16]);
    assertThatThrownBy(() -> wrongSecret.decrypt(body)).isInstanceOf(AEADBadTagException.class);
  }

  @Test
  void theLargestMessageFitsThePushServicesLimitAndALargerOneIsRefused() throws Exception {
    BrowserSide browser = BrowserSide.fresh();
    byte[] largest = new byte[PushEncryption.MAX_PLAINTEXT];
    Arrays.fill(largest, (byte) 'x');
    byte[] body = PushEncryption.encrypt(largest, P256.fromBase64Url(browser.p256dh()), browser.auth);
    assertThat(body).hasSize(4096);
    assertThat(browser.decrypt(body)).isEqualTo(largest);
    assertThatThrownBy(() -> PushEncryption.encrypt(new byte[PushEncryption.MAX_PLAINTEXT + 1], P256.fromBase64Url(browser.p256dh()), browser.auth))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PushEncryption.encrypt(largest, new byte[65], browser.auth)).isInstanceOf(IllegalArgumentException.class);
  }
}
