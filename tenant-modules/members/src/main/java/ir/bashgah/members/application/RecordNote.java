package ir.bashgah.members.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.access.Actor;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.members.domain.member.Member;
import ir.bashgah.members.domain.member.Members;
import ir.bashgah.members.domain.timeline.MemberNote;
import ir.bashgah.members.domain.timeline.Timeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** Writes a staff note on a member's timeline (M7): his behaviour, temperament, a call. Signed by its author. */
@ApplicationScoped
public class RecordNote {
  public record NoteForm(String text, String kind) {}

  @Inject Members members;
  @Inject Timeline timeline;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public NoteView record(String memberCode, NoteForm form) {
    if (form == null) {
      throw Problem.invalid("body", "send {\"text\", \"kind\"?}");
    }
    String kind = form.kind() == null || form.kind().isBlank() ? "other" : form.kind().trim().toLowerCase(Locale.ROOT);
    new Validation()
        .requireText(form.text() == null ? null : form.text().strip(), "text", MemberNote.MAX_TEXT)
        .require(MemberNote.KINDS.contains(kind), "kind", "must be one of " + String.join(", ", MemberNote.KINDS))
        .throwIfInvalid();
    Member member = members.existing(memberCode);
    Actor author = CallContext.actor();
    MemberNote note = new MemberNote(member.id(), kind, form.text().strip(), author.kind().name() + ":" + author.id(), author.name(), Instant.now(clock));
    timeline.add(note);
    NoteView view = NoteView.of(note);
    audit.record("MEMBER.NOTE", "member", member.memberCode(), null, Map.of("noteId", view.id(), "kind", kind, "text", view.text()));
    return view;
  }
}
