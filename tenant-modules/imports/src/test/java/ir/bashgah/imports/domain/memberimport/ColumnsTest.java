package ir.bashgah.imports.domain.memberimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ir.bashgah.kernel.problem.FieldError;
import ir.bashgah.kernel.problem.Problem;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnsTest {
  @Test
  void headersAreMatchedInEnglishOrPersianIgnoringCaseSpacesAndZwnj() {
    Columns columns = Columns.of(List.of("\uFEFFFirst Name", "نام\u200Cخانوادگی", "MOBILE", "كد ملي", "opening_points", "whatever"));
    assertThat(columns.values(List.of(" Sara ", "Ahmadi", "0912", "123", "10", "ignored")))
        .containsExactly(java.util.Map.entry("firstName", "Sara"), java.util.Map.entry("lastName", "Ahmadi"), java.util.Map.entry("mobile", "0912"),
            java.util.Map.entry("nationalCode", "123"), java.util.Map.entry("openingPoints", "10"));
  }

  @Test
  void blankCellsAndCellsBeyondTheHeaderAreLeftOut() {
    Columns columns = Columns.of(List.of("firstName", "lastName", "mobile"));
    assertThat(columns.values(List.of("Sara", " ", "0912", "extra"))).containsOnlyKeys("firstName", "mobile");
    assertThat(columns.values(List.of("Sara"))).containsOnlyKeys("firstName");
  }

  @Test
  void aHeaderWithoutARequiredColumnIsRefusedNamingEachMissingOne() {
    Problem p = catchThrowableOfType(Problem.class, () -> Columns.of(List.of("name", "mobile")));
    assertThat(p.errors()).extracting(FieldError::field).containsExactly("firstName", "lastName");
    assertThat(p.errors().get(1).message()).contains("نام خانوادگی");
  }

  @Test
  void twoColumnsForOneFieldAreRefused() {
    Problem p = catchThrowableOfType(Problem.class, () -> Columns.of(List.of("firstName", "lastName", "mobile", "موبایل")));
    assertThat(p.errors()).extracting(FieldError::field).containsExactly("mobile");
  }

  @Test
  void everyFieldOfRegistrationHasAColumn() {
    assertThat(Columns.fields()).containsAll(Arrays.asList("title", "firstName", "lastName", "group", "category", "nationalCode", "birthDate",
        "marriageDate", "educationDegree", "educationField", "mobile", "phone", "otherPhones", "address", "postalCode", "email", "referrerCode", "notes",
        "externalRef", "openingPoints", "openingCredit"));
  }
}
