package ir.bashgah.members.domain.timeline;

import ir.bashgah.members.domain.tag.MemberTag;
import java.util.List;
import java.util.Optional;

/** What staff attach to a member: tags (B2) and timeline notes (M7). */
public interface Timeline {
  List<String> tagsOf(long memberId);

  Optional<MemberTag> tag(long memberId, String tag);

  void add(Object entity);

  void remove(MemberTag tag);

  void flush();

  List<MemberNote> notesOf(long memberId, int page, int size);

  long countNotesOf(long memberId);
}
