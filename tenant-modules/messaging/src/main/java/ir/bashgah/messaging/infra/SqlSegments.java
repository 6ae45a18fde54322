package ir.bashgah.messaging.infra;

import ir.bashgah.kernel.persistence.PendingWrites;
import ir.bashgah.kernel.persistence.Statements;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.messaging.api.Audiences;
import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.api.SegmentFilter;
import ir.bashgah.messaging.domain.segment.Segment;
import ir.bashgah.messaging.domain.segment.Segments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The club's segments in plain SQL; their members through {@link Audiences}. */
@ApplicationScoped
public class SqlSegments implements Segments {
  private static final String COLUMNS = "code, name, group_code, level_code, tag, last_purchase_before, last_purchase_after, created_at, updated_at, city";

  @Inject PendingWrites writes;
  @Inject Audiences audiences;

  @Override
  public Optional<Segment> byCode(String code) {
    List<Segment> found = new ArrayList<>();
    writes.query("SELECT " + COLUMNS + " FROM message_segment WHERE code = ?", row -> found.add(segment(row)), code);
    return found.stream().findFirst();
  }

  @Override
  public List<Segment> all() {
    List<Segment> found = new ArrayList<>();
    writes.query("SELECT " + COLUMNS + " FROM message_segment ORDER BY code", row -> found.add(segment(row)));
    return found;
  }

  @Override
  public boolean add(Segment s) {
    SegmentFilter f = s.filter();
    return Statements.update(writes.connection(), "INSERT IGNORE INTO message_segment (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        s.code(), s.name(), f.group(), f.level(), f.tag(), f.lastPurchaseBefore(), f.lastPurchaseAfter(), UtcInstantConverter.toColumn(s.createdAt()),
        UtcInstantConverter.toColumn(s.updatedAt()), f.city()) == 1;
  }

  @Override
  public boolean replace(Segment s) {
    SegmentFilter f = s.filter();
    return Statements.update(writes.connection(),
        "UPDATE message_segment SET name = ?, group_code = ?, level_code = ?, tag = ?, last_purchase_before = ?, last_purchase_after = ?, city = ?,"
            + " updated_at = ? WHERE code = ?",
        s.name(), f.group(), f.level(), f.tag(), f.lastPurchaseBefore(), f.lastPurchaseAfter(), f.city(), UtcInstantConverter.toColumn(s.updatedAt()),
        s.code()) == 1;
  }

  @Override
  public Count count(SegmentFilter filter, Channel channel) {
    Audiences.Query q = audiences.members(filter, 0, 0);
    long[] counts = {0, 0};
    writes.query("SELECT COUNT(*), COALESCE(SUM(c.member_id IS NOT NULL), 0) FROM (" + q.sql() + ") a LEFT JOIN message_consent c ON c.member_id = a.id AND c."
        + SqlConsents.column(channel) + " = FALSE", row -> {
          counts[0] = row.getLong(1);
          counts[1] = row.getLong(2);
        }, q.parameters().toArray());
    return new Count(counts[0], counts[1]);
  }

  private static Segment segment(ResultSet row) throws SQLException {
    return new Segment(row.getString(1), row.getString(2), new SegmentFilter(row.getString(3), row.getString(4), row.getString(5), day(row, 6), day(row, 7),
        row.getString(10)),
        UtcInstantConverter.fromColumn(row.getObject(8, LocalDateTime.class)), UtcInstantConverter.fromColumn(row.getObject(9, LocalDateTime.class)));
  }

  private static LocalDate day(ResultSet row, int column) throws SQLException {
    Date d = row.getDate(column);
    return d == null ? null : d.toLocalDate();
  }
}
