package ir.bashgah.loyalty.application;

import ir.bashgah.loyalty.domain.ledger.LedgerStore;
import ir.bashgah.loyalty.domain.programme.LevelPolicy;
import ir.bashgah.loyalty.domain.programme.Programme;
import ir.bashgah.loyalty.domain.programme.ProgrammeRules;
import ir.bashgah.loyalty.domain.programme.Programmes;
import ir.bashgah.loyalty.domain.programme.Standings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/** A member's programme and level: what every earning, return and ranking works from. */
@ApplicationScoped
public class Memberships {
  /** The member's standing row and the programme it names. */
  public record Membership(Standings.Row row, Programme programme) {
    public ProgrammeRules rules() {
      return programme.rules();
    }

    public ProgrammeRules.Tier tier() {
      return LevelPolicy.tier(programme.rules().levels(), row.levelCode());
    }

    public long memberId() {
      return row.memberId();
    }
  }

  @Inject Standings standings;
  @Inject Programmes programmes;
  @Inject LedgerStore ledger;

  /** The member's membership with its row locked; a member without one joins the default programme at its lowest level. */
  public Membership lock(long memberId, Instant now) {
    Standings.Row row = standings.read(memberId, true).orElseGet(() -> {
      enrol(memberId, programmes.defaultProgramme(), now);
      return standings.read(memberId, true).orElseThrow();
    });
    return new Membership(row, programme(row.programmeCode()));
  }

  /** The membership as it stands, unlocked; the default programme at its lowest level for a member who has none yet. */
  public Membership read(long memberId) {
    Optional<Standings.Row> row = standings.read(memberId, false);
    if (row.isPresent()) {
      return new Membership(row.get(), programme(row.get().programmeCode()));
    }
    Programme programme = programme(programmes.defaultProgramme().code());
    return new Membership(new Standings.Row(memberId, programme.code(), programme.rules().levels().tiers().get(0).code(), null), programme);
  }

  /** Puts a new member into a programme at its lowest level, with his balances open at zero. */
  public void enrol(long memberId, Programme programme, Instant now) {
    standings.enrol(memberId, programme.code(), programme.rules().levels().tiers().get(0).code(), now);
    ledger.open(memberId, now);
  }

  private Programme programme(String code) {
    return programmes.byCode(code).orElseThrow(() -> new IllegalStateException("Members belong to programme " + code + ", which does not exist"));
  }
}
