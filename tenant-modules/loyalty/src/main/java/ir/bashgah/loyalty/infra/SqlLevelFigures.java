package ir.bashgah.loyalty.infra;

import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.kernel.time.DayRange;
import ir.bashgah.loyalty.api.LevelFigures;
import ir.bashgah.loyalty.domain.programme.Programme;
import ir.bashgah.loyalty.domain.programme.ProgrammeRules;
import ir.bashgah.loyalty.domain.programme.Programmes;
import ir.bashgah.loyalty.domain.programme.Standings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Standings counted per programme and level: the club's from ix_member_standing_programme alone; a
 * branch's through the distinct buyers of its invoices in the range (ix_invoice_day), each standing
 * then found by primary key.
 */
@ApplicationScoped
public class SqlLevelFigures implements LevelFigures {
  @Inject EntityManager em;
  @Inject Programmes programmes;

  @Override
  public List<LevelCount> distribution(DayRange days, String branch) {
    Query q = branch == null
        ? em.createNativeQuery("SELECT programme_code, level_code, COUNT(*) FROM member_standing GROUP BY programme_code, level_code")
        : em.createNativeQuery("SELECT s.programme_code, s.level_code, COUNT(*) FROM member_standing s"
                + " JOIN (SELECT DISTINCT member_id FROM invoice WHERE issued_at >= ? AND issued_at < ? AND branch_code = ?) b ON b.member_id = s.member_id"
                + " GROUP BY s.programme_code, s.level_code")
            .setParameter(1, UtcInstantConverter.toColumn(days.start())).setParameter(2, UtcInstantConverter.toColumn(days.end())).setParameter(3, branch);
    Map<String, Map<String, Long>> counted = new HashMap<>();
    for (Object row : q.getResultList()) {
      Object[] r = (Object[]) row;
      counted.computeIfAbsent((String) r[0], p -> new HashMap<>()).put((String) r[1], ((Number) r[2]).longValue());
    }
    List<LevelCount> result = new ArrayList<>();
    for (Programme p : programmes.all()) {
      Map<String, Long> levels = counted.remove(p.code());
      for (ProgrammeRules.Tier tier : p.rules().levels().tiers()) {
        result.add(new LevelCount(p.code(), tier.code(), tier.name(), levels == null ? 0 : levels.getOrDefault(tier.code(), 0L)));
        if (levels != null) {
          levels.remove(tier.code());
        }
      }
      // Levels the programme no longer has, with members still standing at them until the next ranking.
      if (levels != null) {
        levels.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> result.add(new LevelCount(p.code(), e.getKey(), null, e.getValue())));
      }
    }
    counted.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(p -> p.getValue().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> result.add(new LevelCount(p.getKey(), e.getKey(), null, e.getValue()))));
    return result;
  }
}
