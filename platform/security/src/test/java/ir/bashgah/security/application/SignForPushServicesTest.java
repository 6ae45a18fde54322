package ir.bashgah.security.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.bashgah.kernel.crypto.P256;
import ir.bashgah.security.domain.secret.PlatformKeys;
import ir.bashgah.security.domain.secret.WebPushKeyPair;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import org.junit.jupiter.api.Test;

class SignForPushServicesTest {
  private static SignForPushServices with(WebPushKeyPair pair) {
    SignForPushServices signer = new SignForPushServices();
    signer.keys = new PlatformKeys() {
      @Override
      public byte[] jwtKey() {
        throw new UnsupportedOperationException();
      }

      @Override
      public byte[] fieldKey() {
        throw new UnsupportedOperationException();
      }

      @Override
      public WebPushKeyPair webPushKeys() {
        return pair;
      }
    };
    return signer;
  }

  private static WebPushKeyPair fresh() {
    KeyPair pair = P256.generate();
    return new WebPushKeyPair(P256.base64Url(P256.encode((ECPublicKey) pair.getPublic())), P256.base64Url(P256.encode((ECPrivateKey) pair.getPrivate())));
  }

  @Test
  void whatItSignsThePublicKeyVerifies() throws Exception {
    WebPushKeyPair pair = fresh();
    SignForPushServices signer = with(pair);
    assertThat(signer.publicKeyText()).isEqualTo(pair.publicKey());
    assertThat(signer.publicKey()).hasSize(65);
    byte[] signature = signer.sign("header.claims".getBytes());
    assertThat(signature).hasSize(64);
    Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
    verifier.initVerify(P256.publicKey(signer.publicKey()));
    verifier.update("header.claims".getBytes());
    assertThat(verifier.verify(signature)).isTrue();
  }

  @Test
  void keysThatAreNoPairOrNoKeysAreRefusedByName() {
    WebPushKeyPair one = fresh();
    WebPushKeyPair other = fresh();
    assertThatThrownBy(() -> with(new WebPushKeyPair(one.publicKey(), other.privateKey())).publicKey())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not one key pair");
    assertThatThrownBy(() -> with(new WebPushKeyPair("abc", one.privateKey())).publicKey())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("BASHGAH_VAPID_PUBLIC_KEY");
    assertThatThrownBy(() -> with(new WebPushKeyPair(one.publicKey(), "abc")).publicKey())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("BASHGAH_VAPID_PRIVATE_KEY");
    assertThat(one.toString()).doesNotContain(one.privateKey());
  }
}
