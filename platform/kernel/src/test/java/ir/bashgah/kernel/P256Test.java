package ir.bashgah.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.bashgah.kernel.crypto.P256;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import org.junit.jupiter.api.Test;

class P256Test {
  /** The application server's key pair of RFC 8291's example (section 5). */
  private static final String RFC_PUBLIC = "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8";
  private static final String RFC_PRIVATE = "yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw";

  @Test
  void rawKeysGoInAndComeOutAsTheyWere() throws Exception {
    ECPublicKey pub = P256.publicKey(P256.fromBase64Url(RFC_PUBLIC));
    ECPrivateKey priv = P256.privateKey(P256.fromBase64Url(RFC_PRIVATE));
    assertThat(P256.base64Url(P256.encode(pub))).isEqualTo(RFC_PUBLIC);
    assertThat(P256.base64Url(P256.encode(priv))).isEqualTo(RFC_PRIVATE);

    // the two are a pair: what one signs the other verifies
    Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
    signer.initSign(priv);
    signer.update(new byte[] {1, 2, 3});
    byte[] signature = signer.sign();
    assertThat(signature).hasSize(64);
    Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
    verifier.initVerify(pub);
    verifier.update(new byte[] {1, 2, 3});
    assertThat(verifier.verify(signature)).isTrue();
  }

  @Test
  void aFreshPairEncodesToItsFixedLengthsWhateverItsLeadingZeros() {
    for (int i = 0; i < 50; i++) {
      KeyPair pair = P256.generate();
      byte[] point = P256.encode((ECPublicKey) pair.getPublic());
      assertThat(point).hasSize(65);
      assertThat(point[0]).isEqualTo((byte) 4);
      assertThat(P256.encode((ECPrivateKey) pair.getPrivate())).hasSize(32);
      assertThat(P256.encode(P256.publicKey(point))).isEqualTo(point);
    }
  }

  @Test
  void whatIsNoPointIsRefused() {
    byte[] point = P256.fromBase64Url(RFC_PUBLIC);
    point[64] ^= 1; // off the curve
    assertThatThrownBy(() -> P256.publicKey(point)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("curve");
    assertThatThrownBy(() -> P256.publicKey(new byte[33])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> P256.privateKey(new byte[32])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> P256.fromBase64Url("not base64!")).isInstanceOf(IllegalArgumentException.class);
    // padding and the plain alphabet, as some tools print keys, are read too
    assertThat(P256.fromBase64Url("BTBZMqHH6r4Tts7J/aSIgg==")).isEqualTo(P256.fromBase64Url("BTBZMqHH6r4Tts7J_aSIgg"));
  }
}
