package ir.bashgah.members.api;

/** A row of an import that passed every check a registration makes, ready for {@link NewMembers#register}. */
public interface NewMember {
  /**
   * The id the member will have: known before he is written, so that what refers to him (his opening
   * balances) can be written first, outside the member-code counter's lock.
   */
  long memberId();

  /** Its row in the file. */
  long row();
}
