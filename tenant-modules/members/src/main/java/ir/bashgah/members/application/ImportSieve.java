package ir.bashgah.members.application;

import ir.bashgah.kernel.problem.FieldError;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.text.IranianMobile;
import ir.bashgah.kernel.text.NationalCode;
import ir.bashgah.members.api.MemberSieve;
import ir.bashgah.members.api.RowProblem;
import ir.bashgah.members.domain.member.MemberDetails;
import ir.bashgah.members.domain.member.MemberRows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The sieve of one import file: checks each row as registration checks a member ({@link MemberForm},
 * the club's groups and categories), and refuses a mobile, national code or external reference seen on
 * an earlier row of the same file. Made by {@link RegisterImportedMembers#sieve}, used by one thread.
 */
final class ImportSieve implements MemberSieve {
  private final LocalDate today;
  private final Set<String> groups;
  private final Set<String> categories;
  private final FirstRows mobiles = new FirstRows();
  private final FirstRows nationalCodes = new FirstRows();
  private final Map<String, Long> externalRefs = new HashMap<>();

  ImportSieve(LocalDate today, Set<String> groups, Set<String> categories) {
    this.today = today;
    this.groups = groups;
    this.categories = categories;
  }

  @Override
  public Checked check(long row, Map<String, String> fields) {
    List<RowProblem> problems = new ArrayList<>();
    String mobile = IranianMobile.normalize(fields.get("mobile")).orElse(null);
    if (mobile != null) {
      seenBefore(problems, row, "mobile", mobiles.putIfAbsent(Long.parseLong(mobile), row));
    }
    String nationalCode = NationalCode.normalize(fields.get("nationalCode")).orElse(null);
    if (nationalCode != null) {
      seenBefore(problems, row, "nationalCode", nationalCodes.putIfAbsent(Long.parseLong(nationalCode), row));
    }
    String externalRef = fields.get("externalRef");
    if (externalRef != null && !externalRef.isBlank()) {
      // The unique key compares case-insensitively, so the file must too.
      Long first = externalRefs.putIfAbsent(externalRef.trim().toLowerCase(Locale.ROOT), row);
      seenBefore(problems, row, "externalRef", first == null ? -1 : first);
    }
    MemberDetails details = null;
    try {
      details = MemberForm.from(fields).validated(today);
    } catch (Problem invalid) {
      for (FieldError e : invalid.errors()) {
        problems.add(new RowProblem(row, e.field(), e.message()));
      }
    }
    if (details != null) {
      if (details.group() != null && !groups.contains(details.group())) {
        problems.add(new RowProblem(row, "group", "no member group '" + details.group() + "' in this club; create it first (POST /api/v1/member-groups)"));
      }
      if (details.category() != null && !categories.contains(details.category())) {
        problems.add(new RowProblem(row, "category", "no member category '" + details.category() + "' in this club; create it first (POST /api/v1/member-categories)"));
      }
    }
    if (!problems.isEmpty()) {
      return new Checked(null, problems);
    }
    return new Checked(new ImportedMember(row, MemberRows.Prepared.of(details)), List.of());
  }

  private static void seenBefore(List<RowProblem> problems, long row, String field, long firstRow) {
    if (firstRow >= 0) {
      problems.add(new RowProblem(row, field, "already on row " + firstRow + " of this file"));
    }
  }
}
