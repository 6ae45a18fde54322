package ir.bashgah.members.api;

import ir.bashgah.members.infra.MemberRows;

/** A row of an import that passed every check a registration makes, ready for {@link NewMembers#register}. */
public final class NewMember {
  private final long row;
  final MemberRows.Prepared prepared;

  NewMember(long row, MemberRows.Prepared prepared) {
    this.row = row;
    this.prepared = prepared;
  }

  /** Its row in the file. */
  public long row() {
    return row;
  }
}
