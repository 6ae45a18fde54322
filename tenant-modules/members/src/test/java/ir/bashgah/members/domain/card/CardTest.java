package ir.bashgah.members.domain.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.bashgah.kernel.problem.Problem;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CardTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private static Card card() {
    return Card.issue(CardNumbers.next(), 1L, "STANDARD", Instant.parse("2026-11-23T08:00:00Z"), TODAY.plusYears(1));
  }

  @Test
  void aSuspendedCardComesBackIntoUse() {
    Card card = card();
    card.changeStatus(Card.Status.SUSPENDED);
    assertThat(card.isUsable(TODAY)).isFalse();
    card.changeStatus(Card.Status.ACTIVE);
    assertThat(card.isUsable(TODAY)).isTrue();
  }

  @Test
  void aBlockedCardIsBlockedForGood() {
    Card card = card();
    card.changeStatus(Card.Status.BLOCKED);
    card.changeStatus(Card.Status.BLOCKED);
    assertThatThrownBy(() -> card.changeStatus(Card.Status.ACTIVE)).isInstanceOf(Problem.class).hasMessageContaining("blocked for good");
    assertThatThrownBy(() -> card.changeStatus(Card.Status.SUSPENDED)).isInstanceOf(Problem.class);
  }

  @Test
  void aReplacedCardIsNeitherReactivatedNorReplacedAgain() {
    Card card = card();
    card.replaceBy("9000000000000001");
    assertThat(card.status()).isEqualTo(Card.Status.REPLACED);
    assertThatThrownBy(() -> card.changeStatus(Card.Status.ACTIVE)).isInstanceOf(Problem.class);
    assertThatThrownBy(() -> card.replaceBy("9000000000000019")).isInstanceOf(Problem.class).hasMessageContaining("9000…0001");
  }

  @Test
  void replacingIsNotAStatusAnyoneSets() {
    assertThatThrownBy(() -> card().changeStatus(Card.Status.REPLACED)).isInstanceOf(Problem.class).hasMessageContaining("replace");
  }

  @Test
  void anExpiredCardCannotBeUsedAfterItsLastDay() {
    Card card = card();
    assertThat(card.isUsable(TODAY.plusYears(1))).isTrue();
    assertThatThrownBy(() -> card.requireUsable(TODAY.plusYears(1).plusDays(1))).isInstanceOf(Problem.class).hasMessageContaining("expired");
  }

  @Test
  void cardNumbersAreRandomSixteenDigitsWithACheckDigit() {
    String a = CardNumbers.next();
    assertThat(CardNumbers.isWellFormed(a)).isTrue();
    assertThat(CardNumbers.next()).isNotEqualTo(a);
    assertThat(CardNumbers.normalise("۹۱۲۳ ۴۵۶۷-۸۹۰۱ ۲۳۴۷")).isEqualTo("9123456789012347");
  }
}
