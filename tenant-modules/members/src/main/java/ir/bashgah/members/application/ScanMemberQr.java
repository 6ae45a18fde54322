package ir.bashgah.members.application;

import ir.bashgah.features.api.Features;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.members.api.MemberQrCodes;
import ir.bashgah.members.api.MemberRef;
import ir.bashgah.members.domain.card.Card;
import ir.bashgah.members.domain.member.Member;
import ir.bashgah.members.domain.member.Members;
import ir.bashgah.members.domain.qr.MemberQr;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A till scans a member's personal QR code (B7): the member it identifies, if the code is this club's and still good. */
@ApplicationScoped
public class ScanMemberQr implements MemberQrCodes {
  private static final ZoneId IRAN = ZoneId.of("Asia/Tehran");

  @Inject Features features;
  @Inject Members members;
  @Inject Clock clock;

  @Override
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
    return LookUpMember.ref(member);
  }
}
