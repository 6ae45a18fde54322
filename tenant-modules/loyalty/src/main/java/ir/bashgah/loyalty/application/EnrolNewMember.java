package ir.bashgah.loyalty.application;

import ir.bashgah.loyalty.domain.programme.Programme;
import ir.bashgah.loyalty.domain.programme.Programmes;
import ir.bashgah.members.api.MemberRegistered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** A new member joins the club's default programme at its lowest level and gets its joining bonus (L6), in the registration's transaction. */
@ApplicationScoped
public class EnrolNewMember {
  @Inject Programmes programmes;
  @Inject Memberships memberships;
  @Inject PayBonuses bonuses;

  void onRegistered(@Observes MemberRegistered event) {
    Programme programme = programmes.defaultProgramme();
    memberships.enrol(event.member().id(), programme, event.at());
    if (!programme.rules().bonuses().joining().isEmpty()) {
      bonuses.forJoining(event.member(), programme.rules(), event.at());
    }
  }
}
