package ir.bashgah.members.api;

import java.util.List;
import java.util.Map;

/**
 * Checks the rows of one import as registration checks a member (the member form, the club's groups
 * and categories), and refuses a mobile, national code or external reference seen on an earlier row
 * of the same file. Made by {@link NewMembers#sieve}, used by one thread for one file; what is already
 * in the club is checked per batch by {@link NewMembers#screen}.
 */
public interface MemberSieve {
  /** The row's member, or why it cannot be one (never both). */
  record Checked(NewMember member, List<RowProblem> problems) {
    public boolean accepted() {
      return member != null;
    }
  }

  /** Checks row {@code row}; {@code fields} by the names the registration API spells them, as text (Persian digits are fine). */
  Checked check(long row, Map<String, String> fields);
}
