package ir.bashgah.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.bashgah.kernel.crypto.FieldCipher;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FieldCipherTest {
  @Test
  void aValueComesBackAndIsNeverStoredTheSameWayTwice() {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) 7);
    FieldCipher.install(key);
    String a = FieldCipher.encrypt("0012345679");
    String b = FieldCipher.encrypt("0012345679");
    assertThat(a).startsWith("v1:").doesNotContain("0012345679").isNotEqualTo(b);
    assertThat(FieldCipher.decrypt(a)).isEqualTo("0012345679");
    assertThat(FieldCipher.decrypt("plain-legacy")).isEqualTo("plain-legacy");
    String tampered = a.substring(0, a.length() - 4) + (a.endsWith("AAAA") ? "BBBB" : "AAAA");
    assertThatThrownBy(() -> FieldCipher.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
  }
}
