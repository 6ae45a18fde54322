package ir.bashgah.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DescriptionFilterTest {
  /** A client generator names its methods after these: each must be unique and say what it calls. */
  @Test
  void operationIdsSayTheMethodAndThePath() {
    assertThat(DescriptionFilter.operationId("GET", "/api/v1/members/{memberCode}/balance")).isEqualTo("getMembersByMemberCodeBalance");
    assertThat(DescriptionFilter.operationId("POST", "/api/v1/pos/invoices/dry-run")).isEqualTo("postPosInvoicesDryRun");
    assertThat(DescriptionFilter.operationId("GET", "/api/v1/members/{memberCode}/qr.png")).isEqualTo("getMembersByMemberCodeQrPng");
    assertThat(DescriptionFilter.operationId("GET", "/api/v1/branches")).isNotEqualTo(DescriptionFilter.operationId("GET", "/api/v1/member-groups"));
  }
}
