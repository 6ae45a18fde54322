package ir.bashgah.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClientAddressesTest {
  @Test
  void withoutTrustedProxiesTheHeaderIsIgnored() {
    assertThat(ClientAddresses.trusting("").of("203.0.113.9", "1.2.3.4")).isEqualTo("203.0.113.9");
    assertThat(ClientAddresses.trusting(null).of("127.0.0.1", "1.2.3.4")).isEqualTo("127.0.0.1");
  }

  @Test
  void aTrustedProxyIsBelievedUpToTheFirstAddressItDoesNotTrust() {
    ClientAddresses a = ClientAddresses.trusting("10.0.0.0/8, 127.0.0.1");
    assertThat(a.of("127.0.0.1", "198.51.100.7")).isEqualTo("198.51.100.7");
    // The client wrote 6.6.6.6 himself; the proxies appended what they saw.
    assertThat(a.of("10.1.1.1", "6.6.6.6, 198.51.100.7, 10.2.2.2")).isEqualTo("198.51.100.7");
    assertThat(a.of("203.0.113.9", "198.51.100.7")).as("not from a proxy").isEqualTo("203.0.113.9");
    assertThat(a.of("127.0.0.1", "not-an-address")).isEqualTo("127.0.0.1");
    assertThat(a.of("127.0.0.1", "evil.example, 198.51.100.7")).isEqualTo("198.51.100.7");
  }

  @Test
  void rangesAreMatchedBitByBitForBothFamilies() {
    ClientAddresses a = ClientAddresses.trusting("192.168.4.0/22,::1,fd00::/8");
    assertThat(a.of("192.168.7.255", "1.1.1.1")).isEqualTo("1.1.1.1");
    assertThat(a.of("192.168.8.0", "1.1.1.1")).isEqualTo("192.168.8.0");
    assertThat(a.of("::1", "2001:db8::5")).isEqualTo("2001:db8::5");
    assertThat(a.of("fd12::1", "2001:db8::5")).isEqualTo("2001:db8::5");
    assertThatThrownBy(() -> ClientAddresses.trusting("proxy.local")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClientAddresses.trusting("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
  }
}
