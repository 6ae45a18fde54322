package ir.bashgah.tenancy.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.bashgah.kernel.problem.FieldError;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.tenancy.api.OwnerAccount;
import org.junit.jupiter.api.Test;

class NewTenantTest {
  @Test
  void theOwnersMobileIsNormalised() {
    NewTenant valid = new NewTenant("kafe-1", " Kafe ", "VIP", new OwnerAccount("boss", "Boss-pass-2026", "+98 912 123 4567"), null).validated();
    assertThat(valid.owner().mobile()).isEqualTo("09121234567");
    assertThat(valid.name()).isEqualTo("Kafe");
  }

  @Test
  void slugsFollowTheContract() {
    for (String bad : new String[] {"ab", "1abc", "Abc", "a_bc", "a".repeat(32), "kafe!"}) {
      assertThatThrownBy(() -> new NewTenant(bad, "n", "VIP", new OwnerAccount("boss", "Boss-pass-2026", null), null).validated())
          .isInstanceOf(Problem.class)
          .satisfies(e -> assertThat(((Problem) e).errors()).extracting(FieldError::field).containsExactly("slug"));
    }
    new NewTenant("abc", "n", "VIP", new OwnerAccount("boss", "Boss-pass-2026", null), null).validated();
    new NewTenant("a" + "b".repeat(30), "n", "VIP", new OwnerAccount("boss", "Boss-pass-2026", null), null).validated();
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    assertThatThrownBy(() -> new NewTenant("ok-slug", "", "FREE", new OwnerAccount("B", "123", "021"), null).validated())
        .isInstanceOf(Problem.class)
        .satisfies(e -> assertThat(((Problem) e).errors()).extracting(FieldError::field)
            .containsExactlyInAnyOrder("name", "plan", "owner.username", "owner.password", "owner.mobile"));
  }
}
