package ir.bashgah.analytics.infra;

import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.messaging.api.Audiences;
import ir.bashgah.messaging.api.SegmentFilter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The members of a segment, over the members' and the loyalty tables of the club's schema: active
 * members, with the filter's group, level and tag, and their purchases judged by the invoices'
 * (member, issued_at) index. Keyset pages in member-id order, so a million members are read a
 * chunk at a time at the same cost per chunk.
 */
@ApplicationScoped
public class SqlAudiences implements Audiences {
  private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

  @Override
  public Query members(SegmentFilter f, long afterMemberId, int limit) {
    StringBuilder sql = new StringBuilder("SELECT m.id FROM member m");
    List<Object> values = new ArrayList<>();
    if (f.level() != null) {
      sql.append(" JOIN member_standing s ON s.member_id = m.id AND s.level_code = ?");
      values.add(f.level());
    }
    sql.append(" WHERE m.active = TRUE AND m.id > ?");
    values.add(afterMemberId);
    if (f.group() != null) {
      sql.append(" AND m.group_code = ?");
      values.add(f.group());
    }
    if (f.city() != null) {
      // the column's collation (utf8mb4_unicode_ci) takes care of case and of Persian letters' forms
      sql.append(" AND m.city = ?");
      values.add(f.city());
    }
    if (f.tag() != null) {
      sql.append(" AND EXISTS (SELECT 1 FROM member_tag t WHERE t.member_id = m.id AND t.tag = ?)");
      values.add(f.tag());
    }
    if (f.lastPurchaseBefore() != null) {
      sql.append(" AND NOT EXISTS (SELECT 1 FROM invoice i WHERE i.member_id = m.id AND i.issued_at >= ?)");
      values.add(startOf(f.lastPurchaseBefore()));
    }
    if (f.lastPurchaseAfter() != null) {
      sql.append(" AND EXISTS (SELECT 1 FROM invoice i WHERE i.member_id = m.id AND i.issued_at >= ?)");
      values.add(startOf(f.lastPurchaseAfter()));
    }
    if (limit > 0) {
      sql.append(" ORDER BY m.id LIMIT ?");
      values.add(limit);
    }
    return new Query(sql.toString(), values);
  }

  private static LocalDateTime startOf(LocalDate tehranDay) {
    return UtcInstantConverter.toColumn(tehranDay.atStartOfDay(TEHRAN).toInstant());
  }
}
