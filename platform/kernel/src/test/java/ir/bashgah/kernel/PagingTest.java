package ir.bashgah.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.bashgah.kernel.problem.Paging;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import org.junit.jupiter.api.Test;

class PagingTest {
  private static void refused(String page, String size, ProblemType type, String field) {
    assertThatThrownBy(() -> Paging.of(page, size)).as(page + " " + size).isInstanceOfSatisfying(Problem.class, p -> {
      assertThat(p.type()).isEqualTo(type);
      assertThat(p.errors()).extracting(e -> e.field()).contains(field);
    });
  }

  @Test
  void blankMeansTheFirstPageOfTheDefaultSize() {
    assertThat(Paging.of(null, null)).isEqualTo(new Paging(0, 50));
    assertThat(Paging.of(" 3 ", "200")).isEqualTo(new Paging(3, 200));
    assertThat(Paging.of("+2", "007")).isEqualTo(new Paging(2, 7));
  }

  @Test
  void theLastPageKeepsItsOffsetWithinAnInt() {
    Paging last = Paging.of(Integer.toString(Paging.MAX_PAGE), Integer.toString(Paging.MAX_SIZE));
    assertThat(last.offset()).isLessThanOrEqualTo(Integer.MAX_VALUE);
    assertThat(last.page() * last.size()).isEqualTo(last.offset());
  }

  @Test
  void numbersOutOfRangeAre422NamingTheParameter() {
    refused("999999999", null, ProblemType.VALIDATION_FAILED, "page");
    refused("99999999999999999999999999999", null, ProblemType.VALIDATION_FAILED, "page");
    refused("-1", null, ProblemType.VALIDATION_FAILED, "page");
    refused(null, "0", ProblemType.VALIDATION_FAILED, "size");
    refused(null, "201", ProblemType.VALIDATION_FAILED, "size");
    refused(null, "-99999999999999", ProblemType.VALIDATION_FAILED, "size");
  }

  @Test
  void textThatIsNoWholeNumberIsAMalformedRequest() {
    refused("abc", null, ProblemType.MALFORMED_REQUEST, "page");
    refused("1.5", null, ProblemType.MALFORMED_REQUEST, "page");
    refused("1e3", null, ProblemType.MALFORMED_REQUEST, "page");
    refused(null, "ten", ProblemType.MALFORMED_REQUEST, "size");
  }
}
