package ir.bashgah.features;

import static org.assertj.core.api.Assertions.assertThat;

import ir.bashgah.features.api.PlanMatrix;
import ir.bashgah.tenancy.api.Plan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PlanMatrixTest {
  private final PlanMatrix matrix = PlanMatrix.standard();

  @Test
  void everyRowOfPlansMdIsInTheMatrixWithTheSameCells() throws IOException {
    // The plans as the product documents them; the test runs in platform/features.
    Path plans = Path.of("../../docs/plans.md");
    assertThat(plans).as("docs/plans.md, the plans as documented").exists();
    Pattern row = Pattern.compile("^\\| ([A-L]\\d+) \\| (.+?) \\| (.+?) \\| (.+?) \\| (.+?) \\| (.+?) \\| (.+?) \\|$");
    int rows = 0;
    for (String line : Files.readAllLines(plans)) {
      Matcher m = row.matcher(line);
      if (!m.matches()) {
        continue;
      }
      rows++;
      PlanMatrix.Feature feature = matrix.feature(m.group(1)).orElseThrow();
      for (Plan plan : Plan.values()) {
        assertThat(feature.variant(plan)).as(m.group(1) + " " + plan).isEqualTo(m.group(3 + plan.ordinal()).trim());
      }
    }
    assertThat(rows).as("rows read from docs/plans.md").isGreaterThan(50);
    assertThat(matrix.features()).hasSize(rows);
  }

  @Test
  void auditLogIsOffOnBasicAndOnFromStandard() {
    assertThat(matrix.isOn("K1", Plan.BASIC)).isFalse();
    assertThat(matrix.isOn("K1", Plan.STANDARD)).isTrue();
  }

  @Test
  void aVariantCellCountsAsOn() {
    assertThat(matrix.feature("B4").orElseThrow().variant(Plan.STANDARD)).isEqualTo("XP");
    assertThat(matrix.isOn("B4", Plan.STANDARD)).isTrue();
    assertThat(matrix.isOn("B4", Plan.BASIC)).isFalse();
  }

  @Test
  void mfaIsOnlyInProfessionalAndAbove() {
    assertThat(matrix.isOn("K4", Plan.STANDARD)).isFalse();
    assertThat(matrix.isOn("K4", Plan.PROFESSIONAL)).isTrue();
  }

  @Test
  void unknownCodesAreOff() {
    assertThat(matrix.isOn("Z9", Plan.PREMIUM)).isFalse();
  }
}
