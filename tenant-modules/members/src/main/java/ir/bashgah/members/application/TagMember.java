package ir.bashgah.members.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.members.domain.member.Member;
import ir.bashgah.members.domain.member.Members;
import ir.bashgah.members.domain.tag.MemberTag;
import ir.bashgah.members.domain.tag.TagName;
import ir.bashgah.members.domain.timeline.Timeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Puts a tag on a member or takes it off (B2). Both are idempotent by nature: tagging twice leaves one
 * tag, removing an absent tag changes nothing, and neither writes to the audit log when nothing changed.
 */
@ApplicationScoped
public class TagMember {
  public static final int MAX_TAGS = 100;

  public record Tags(String memberCode, List<String> tags) {}

  @Inject Members members;
  @Inject Timeline timeline;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public Tags add(String memberCode, String rawTag) {
    String tag = tag(rawTag);
    // Under the member's row lock, so two tills adding the same tag at once cannot both insert it.
    Member member = members.existingForUpdate(memberCode);
    if (timeline.tag(member.id(), tag).isEmpty()) {
      if (timeline.tagsOf(member.id()).size() >= MAX_TAGS) {
        throw Problem.invalid("tag", "a member carries at most " + MAX_TAGS + " tags; remove one first");
      }
      timeline.add(new MemberTag(member.id(), tag, Instant.now(clock)));
      timeline.flush();
      audit.record("MEMBER.TAG_ADD", "member", member.memberCode(), null, Map.of("tag", tag));
    }
    return new Tags(member.memberCode(), timeline.tagsOf(member.id()));
  }

  @Transactional
  public Tags remove(String memberCode, String rawTag) {
    String tag = tag(rawTag);
    Member member = members.existingForUpdate(memberCode);
    timeline.tag(member.id(), tag).ifPresent(t -> {
      timeline.remove(t);
      timeline.flush();
      audit.record("MEMBER.TAG_REMOVE", "member", member.memberCode(), Map.of("tag", tag), null);
    });
    return new Tags(member.memberCode(), timeline.tagsOf(member.id()));
  }

  static String tag(String raw) {
    return TagName.normalise(raw).orElseThrow(() -> Problem.invalid("tag", TagName.RULE));
  }
}
