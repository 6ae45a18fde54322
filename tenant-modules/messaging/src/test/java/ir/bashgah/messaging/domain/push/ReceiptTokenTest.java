package ir.bashgah.messaging.domain.push;

import static org.assertj.core.api.Assertions.assertThat;

import ir.bashgah.kernel.crypto.FieldCipher;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReceiptTokenTest {
  @BeforeAll
  static void key() {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) 3);
    FieldCipher.install(key);
  }

  @Test
  void aTokenNamesItsClubForItsMessageOnly() {
    String token = ReceiptToken.issue("gol-shop", 123456789L);
    assertThat(token).startsWith("gol-shop.").hasSize("gol-shop.".length() + 22);
    assertThat(ReceiptToken.club(token, 123456789L)).contains("gol-shop");
    assertThat(ReceiptToken.club(token, 123456790L)).isEmpty();
    // another club's name with this MAC is no token
    assertThat(ReceiptToken.club("gol-shap" + token.substring(8), 123456789L)).isEmpty();
    assertThat(ReceiptToken.club(token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A"), 123456789L)).isEmpty();
    assertThat(ReceiptToken.club(null, 1L)).isEmpty();
    assertThat(ReceiptToken.club("", 1L)).isEmpty();
    assertThat(ReceiptToken.club("gol-shop.!!", 1L)).isEmpty();
  }
}
