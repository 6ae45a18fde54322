package ir.bashgah.members.api;

import ir.bashgah.kernel.Ids;
import ir.bashgah.members.infra.MemberRows;

/** A row of an import that passed every check a registration makes, ready for {@link NewMembers#register}. */
public final class NewMember {
  private final long row;
  private final long memberId;
  final MemberRows.Prepared prepared;

  NewMember(long row, MemberRows.Prepared prepared) {
    this.row = row;
    this.memberId = Ids.next();
    this.prepared = prepared;
  }

  /**
   * The id the member will have: known before he is written, so that what refers to him (his opening
   * balances) can be written first, outside the member-code counter's lock.
   */
  public long memberId() {
    return memberId;
  }

  /** Its row in the file. */
  public long row() {
    return row;
  }
}
