package ir.bashgah.members.application;

import ir.bashgah.features.api.Features;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.kernel.text.NationalCode;
import ir.bashgah.members.api.MemberProfiles;
import ir.bashgah.members.domain.member.Member;
import ir.bashgah.members.domain.member.MemberDetails;
import ir.bashgah.members.domain.member.Members;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;

/**
 * The member's own profile in the portal. Edits go through the staff edit ({@link EditMember}), so a
 * member can store nothing a cashier could not, and every change is in the audit log under his name.
 */
@ApplicationScoped
public class KeepOwnProfile implements MemberProfiles {
  @Inject Members members;
  @Inject EditMember edits;
  @Inject IssueMemberQr qrCodes;
  @Inject Features features;

  @Override
  @Transactional
  public Optional<Profile> of(long memberId) {
    return members.byId(memberId).map(KeepOwnProfile::profile);
  }

  @Override
  @Transactional
  public Profile editOwn(long memberId, Map<String, ?> patch) {
    if (patch == null || patch.isEmpty()) {
      throw Problem.invalid("body", "send the fields to change, e.g. {\"city\": \"تهران\"}; null clears a field");
    }
    Validation v = new Validation();
    patch.keySet().forEach(field -> v.require(SELF_EDITABLE.contains(field), field,
        "cannot be changed here; you may change " + String.join(", ", SELF_EDITABLE)));
    v.throwIfInvalid();
    edits.edit(member(memberId).memberCode(), patch);
    return profile(member(memberId));
  }

  @Override
  @Transactional
  public Qr digitalQr(long memberId) {
    features.require("B7");
    IssueMemberQr.QrView qr = qrCodes.qr(member(memberId).memberCode(), "digital", null);
    return new Qr(qr.payload(), qr.expiresAt());
  }

  private Member member(long memberId) {
    return members.byId(memberId).orElseThrow(() -> Problem.notFound("You are no longer a member of this club"));
  }

  private static Profile profile(Member m) {
    MemberDetails d = m.details();
    return new Profile(m.id(), m.memberCode(), d.title(), d.firstName(), d.lastName(), d.mobile(), d.email(), d.birthDate(), d.marriageDate(),
        NationalCode.masked(d.nationalCode()), d.city(), d.phone(), d.address(), d.postalCode(), d.educationDegree(), d.educationField(),
        m.isActive());
  }
}
