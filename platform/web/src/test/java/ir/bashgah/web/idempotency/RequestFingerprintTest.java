package ir.bashgah.web.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

public class RequestFingerprintTest {
  public record Line(String sku, Long quantity, Long unitPrice) {}

  public record Form(String invoiceNumber, String memberCode, List<Line> lines, List<String> redemptionIds) {}

  private static final String SCOPE = "POST /api/v1/pos/invoices";

  private static Form form(String number, Long quantity) {
    return new Form(number, "M-1", List.of(new Line("SKU-1", quantity, 250_000L), new Line("SKU-2", 1L, 90_000L)), null);
  }

  @Test
  void theSameRequestParsedTwiceHasOneFingerprint() {
    assertThat(RequestFingerprint.of(SCOPE, new Object[] {form("INV-1", 2L)})).isEqualTo(RequestFingerprint.of(SCOPE, new Object[] {form("INV-1", 2L)}))
        .hasSize(64).matches("[0-9a-f]{64}");
  }

  @Test
  void anotherValueAnywhereIsAnotherRequest() {
    String first = RequestFingerprint.of(SCOPE, new Object[] {form("INV-1", 2L)});
    assertThat(RequestFingerprint.of(SCOPE, new Object[] {form("INV-1", 3L)})).isNotEqualTo(first);
    assertThat(RequestFingerprint.of(SCOPE, new Object[] {form("INV-2", 2L)})).isNotEqualTo(first);
    assertThat(RequestFingerprint.of("POST /api/v1/pos/returns", new Object[] {form("INV-1", 2L)})).isNotEqualTo(first);
    assertThat(RequestFingerprint.of(SCOPE, new Object[] {new Form("INV-1", "M-1", List.of(), List.of())}))
        .isNotEqualTo(RequestFingerprint.of(SCOPE, new Object[] {new Form("INV-1", "M-1", List.of(), null)}));
  }

  @Test
  void valuesCannotRunIntoEachOther() {
    // as text "a, b" + "c" and "a" + ", bc" could read alike; with lengths they cannot
    assertThat(RequestFingerprint.of(SCOPE, new Object[] {new Form("a, memberCode=b", "c", null, null)}))
        .isNotEqualTo(RequestFingerprint.of(SCOPE, new Object[] {new Form("a", "b, c", null, null)}));
    assertThat(RequestFingerprint.of(SCOPE, new Object[] {new Form("x", null, null, List.of("a", "b"))}))
        .isNotEqualTo(RequestFingerprint.of(SCOPE, new Object[] {new Form("x", null, null, List.of("ab"))}));
    assertThat(RequestFingerprint.of(SCOPE, new Object[] {"12", null})).isNotEqualTo(RequestFingerprint.of(SCOPE, new Object[] {null, "12"}));
    assertThat(RequestFingerprint.of(SCOPE, new Object[] {"12"})).isNotEqualTo(RequestFingerprint.of(SCOPE, new Object[] {12L}));
  }

  @Test
  void whatIsNeitherRecordNorListIsTakenByItsJson() {
    assertThat(RequestFingerprint.of(SCOPE, new Object[] {new BigDecimal("1.50")}))
        .isEqualTo(RequestFingerprint.of(SCOPE, new Object[] {new BigDecimal("1.50")}))
        .isNotEqualTo(RequestFingerprint.of(SCOPE, new Object[] {new BigDecimal("1.51")}));
  }

  @Test
  void theEarlierFingerprintStillTellsTheSameRequestFromAnother() {
    Object[] call = {"path-value", form("INV-1", 2L)};
    assertThat(RequestFingerprint.legacy(SCOPE, call)).isEqualTo(RequestFingerprint.legacy(SCOPE, Arrays.copyOf(call, 2)))
        .isNotEqualTo(RequestFingerprint.legacy(SCOPE, new Object[] {"path-value", form("INV-1", 3L)}))
        .isNotEqualTo(RequestFingerprint.of(SCOPE, call));
  }
}
