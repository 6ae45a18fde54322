package ir.bashgah.members.application;

import ir.bashgah.members.domain.member.Member;
import ir.bashgah.members.domain.member.Members;
import ir.bashgah.members.domain.timeline.Timeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Reads a member's timeline of staff notes, newest first (M7). */
@ApplicationScoped
public class ReadNotes {
  @Inject Members members;
  @Inject Timeline timeline;

  @Transactional
  public NoteView.Page page(String memberCode, int page, int size) {
    Member member = members.existing(memberCode);
    return new NoteView.Page(timeline.notesOf(member.id(), page, size).stream().map(NoteView::of).toList(), page, size, timeline.countNotesOf(member.id()));
  }
}
