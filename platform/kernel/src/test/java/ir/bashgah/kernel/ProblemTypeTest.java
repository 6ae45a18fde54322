package ir.bashgah.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import ir.bashgah.kernel.problem.ProblemType;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProblemTypeTest {
  /** The slugs docs/integration.md fixes; integrators key on them, so none may disappear or change. */
  @Test
  void everySlugOfTheContractExistsWithItsStatus() {
    assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::slug))
        .contains("validation-failed", "malformed-request", "not-found", "conflict", "unauthorized", "forbidden",
            "feature-not-in-plan", "insufficient-credit", "invalid-pin", "pin-locked", "member-blocked",
            "idempotency-key-reuse", "idempotency-key-required", "return-exceeds-sale", "tenant-suspended");
    assertThat(ProblemType.PIN_LOCKED.status()).isEqualTo(423);
    assertThat(ProblemType.INVALID_PIN.status()).isEqualTo(403);
    assertThat(ProblemType.IDEMPOTENCY_KEY_REUSE.status()).isEqualTo(422);
    assertThat(ProblemType.TENANT_SUSPENDED.uri()).endsWith("/tenant-suspended");
  }

  @Test
  void everyTypeHasAPersianTitle() {
    assertThat(ProblemType.values()).allSatisfy(t -> assertThat(t.titleFa()).as(t.name()).containsPattern("[\\u0600-\\u06FF]{3}"));
  }
}
