package ir.bashgah.members.application;

import static org.assertj.core.api.Assertions.assertThat;

import ir.bashgah.kernel.text.PlaceName;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemberFormTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private static MemberForm form() {
    return new MemberForm("خانم", "سارا", "محمدی", "vip", "۱۲", "۰۰۱۲۳۴۵۶۷۹", "1990-03-21", null, null, null, "+98 912 123 4567",
        "021-8888 7777", null, "تهران، خیابان ولیعصر", " تهران ", "۱۲۳۴۵۶۷۸۹۰", "Sara@Example.ir", null, null, "ERP-1");
  }

  @Test
  void storedDetailsMakeTheSameDetailsWhenEditedFrom() {
    var details = form().validated(TODAY);
    assertThat(details.group()).isEqualTo("VIP");
    assertThat(details.category()).isEqualTo("12");
    assertThat(details.city()).isEqualTo("تهران");
    // the same city typed on an Arabic layout
    assertThat(PlaceName.normalize("كرج‌ ")).isEqualTo("کرج");
    assertThat(PlaceName.normalize("ساري")).isEqualTo("ساری");
    assertThat(PlaceName.normalize("  ")).isNull();
    assertThat(MemberForm.of(details).validated(TODAY)).isEqualTo(details);
  }

  @Test
  void anEditChangesWhatIsSentAndClearsWhatIsSentAsNull() {
    Map<String, String> changes = new HashMap<>();
    changes.put("mobile", "۰۹۳۵۱۱۱۲۲۳۳");
    changes.put("email", null);
    var edited = MemberForm.of(form().validated(TODAY)).with(changes).validated(TODAY);
    assertThat(edited.mobile()).isEqualTo("09351112233");
    assertThat(edited.email()).isNull();
    assertThat(edited.firstName()).isEqualTo("سارا");
    assertThat(edited.nationalCode()).isEqualTo("0012345679");
  }

  @Test
  void theFieldsAreThoseOfRegistration() {
    assertThat(MemberForm.FIELDS).hasSize(20).startsWith("title", "firstName").endsWith("notes", "externalRef");
  }
}
