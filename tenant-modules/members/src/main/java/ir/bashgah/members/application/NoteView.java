package ir.bashgah.members.application;

import ir.bashgah.members.domain.timeline.MemberNote;
import java.time.Instant;
import java.util.List;

/** A note of a member's timeline as the staff API shows it. */
public record NoteView(String id, String kind, String text, String author, Instant createdAt) {
  static NoteView of(MemberNote n) {
    return new NoteView(Long.toString(n.id()), n.kind(), n.text(), n.authorName(), n.createdAt());
  }

  /** A page of the timeline, newest first. */
  public record Page(List<NoteView> items, int page, int size, long total) {}
}
