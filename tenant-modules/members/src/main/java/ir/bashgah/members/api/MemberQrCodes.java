package ir.bashgah.members.api;

import ir.bashgah.features.api.Features;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.members.domain.card.Card;
import ir.bashgah.members.domain.member.Member;
import ir.bashgah.members.domain.qr.MemberQr;
import ir.bashgah.members.infra.Members;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The member a personal QR code (B7) scanned at a till identifies. */
@ApplicationScoped
public class MemberQrCodes {
  private static final ZoneId IRAN = ZoneId.of("Asia/Tehran");

  @Inject Features features;
  @Inject Members members;
  @Inject Clock clock;

  /**
   * 403 feature-not-in-plan without B7; 422 (field qr) for anything that is not a member QR code or
   * for an expired digital one; 404 for a code this club did not sign; 423 member-blocked when the
   * card a printed code was made for can no longer be used. Whether the member himself is active
   * is the caller's to judge, as for any other way of finding him.
   */
  public MemberRef identify(String payload) {
    features.require("B7");
    MemberQr qr = MemberQr.read(payload, TenantContext.require().slug());
    Instant now = clock.instant();
    if (qr.isExpired(now)) {
      throw Problem.invalid("qr", "has expired; ask the member to show a fresh code");
    }
    Member member = members.byCode(qr.memberCode()).orElseThrow(() -> Problem.notFound("No member with this QR code"));
    if (qr.kind() == MemberQr.Kind.PRINTED) {
      Card card = members.card(qr.cardNumber()).filter(c -> c.memberId() == member.id()).orElseThrow(() -> Problem.notFound("No member with this QR code"));
      card.requireUsable(LocalDate.ofInstant(now, IRAN));
    }
    return MemberDirectory.ref(member);
  }
}
