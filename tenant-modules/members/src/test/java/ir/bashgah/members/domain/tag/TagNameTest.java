package ir.bashgah.members.domain.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TagNameTest {
  @Test
  void persianTagsWithInnerSpacesAndTheZeroWidthNonJoinerAreTags() {
    assertThat(TagName.normalise("خوش‌حساب")).contains("خوش‌حساب");
    assertThat(TagName.normalise("علاقه‌مند به قهوه")).contains("علاقه‌مند به قهوه");
    assertThat(TagName.normalise("vip_2026")).contains("vip_2026");
  }

  @Test
  void arabicYehAndKafAreTheirPersianForms() {
    assertThat(TagName.normalise("مشتري كم‌خرج")).contains("مشتری کم‌خرج");
  }

  @Test
  void spacesAtTheEndsPunctuationAndLengthAreRefused() {
    assertThat(TagName.normalise(" vip")).isEmpty();
    assertThat(TagName.normalise("vip ")).isEmpty();
    assertThat(TagName.normalise("")).isEmpty();
    assertThat(TagName.normalise("a/b")).isEmpty();
    assertThat(TagName.normalise("x".repeat(40))).isPresent();
    assertThat(TagName.normalise("x".repeat(41))).isEmpty();
  }
}
