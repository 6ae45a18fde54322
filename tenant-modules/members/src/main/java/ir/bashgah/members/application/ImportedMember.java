package ir.bashgah.members.application;

import ir.bashgah.kernel.Ids;
import ir.bashgah.members.api.NewMember;
import ir.bashgah.members.domain.member.MemberRows;

/** A row of an import that passed every check, with its id chosen and its sensitive columns already encrypted. */
final class ImportedMember implements NewMember {
  private final long row;
  private final long memberId;
  final MemberRows.Prepared prepared;

  ImportedMember(long row, MemberRows.Prepared prepared) {
    this.row = row;
    this.memberId = Ids.next();
    this.prepared = prepared;
  }

  @Override
  public long memberId() {
    return memberId;
  }

  @Override
  public long row() {
    return row;
  }
}
