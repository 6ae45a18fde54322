package ir.bashgah.messaging.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.kernel.text.PlaceName;
import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.api.SegmentFilter;
import ir.bashgah.messaging.domain.segment.Segment;
import ir.bashgah.messaging.domain.segment.Segments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The club's segments (issue 12, bulk sends): saved member filters a send can name. Their members are
 * counted when shown, since members come and go.
 */
@ApplicationScoped
public class ManageSegments {
  public record FilterForm(String group, String level, String tag, String lastPurchaseBefore, String lastPurchaseAfter, String city) {}

  public record SegmentView(String code, String name, SegmentFilter filter, long members, Instant createdAt, Instant updatedAt) {}

  @Inject Segments segments;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public SegmentView create(String code, String name, FilterForm filter) {
    Instant now = Instant.now(clock);
    Segment s = checked(code, name, filter, now, now);
    if (!segments.add(s)) {
      throw Problem.conflict("The club already has a segment " + s.code() + ": change it with PUT /segments/" + s.code());
    }
    audit.record("SEGMENT.CREATE", "segment", s.code(), null, Map.of("name", s.name(), "filter", s.filter().toString()));
    return view(s);
  }

  @Transactional
  public SegmentView replace(String code, String name, FilterForm filter) {
    Segment before = segments.byCode(code).orElseThrow(() -> Problem.notFound("No segment " + code));
    Segment s = checked(code, name, filter, before.createdAt(), Instant.now(clock));
    segments.replace(s);
    audit.record("SEGMENT.UPDATE", "segment", s.code(), Map.of("filter", before.filter().toString()), Map.of("filter", s.filter().toString()));
    return view(s);
  }

  @Transactional
  public List<SegmentView> all() {
    return segments.all().stream().map(this::view).toList();
  }

  @Transactional
  public SegmentView one(String code) {
    return segments.byCode(code).map(this::view).orElseThrow(() -> Problem.notFound("No segment " + code));
  }

  private SegmentView view(Segment s) {
    return new SegmentView(s.code(), s.name(), s.filter(), segments.count(s.filter(), Channel.SMS).members(), s.createdAt(), s.updatedAt());
  }

  private static Segment checked(String code, String name, FilterForm f, Instant createdAt, Instant now) {
    Validation v = new Validation();
    v.require(ManageTemplates.isCode(code == null ? null : code.trim()), "code", ManageTemplates.CODE_RULE);
    v.requireText(name, "name", 100);
    FilterForm form = f == null ? new FilterForm(null, null, null, null, null, null) : f;
    LocalDate before = day(v, "filter.lastPurchaseBefore", form.lastPurchaseBefore());
    LocalDate after = day(v, "filter.lastPurchaseAfter", form.lastPurchaseAfter());
    v.require(before == null || after == null || after.isBefore(before), "filter.lastPurchaseAfter", "must be before lastPurchaseBefore, or no member can match");
    v.require(form.group() == null || form.group().length() <= 40, "filter.group", "must be at most 40 characters");
    v.require(form.level() == null || form.level().length() <= 20, "filter.level", "must be at most 20 characters");
    v.require(form.tag() == null || form.tag().length() <= 40, "filter.tag", "must be at most 40 characters");
    v.require(form.city() == null || form.city().length() <= 100, "filter.city", "must be at most 100 characters");
    v.throwIfInvalid();
    return new Segment(code.trim(), name.strip(), new SegmentFilter(blankToNull(form.group()), blankToNull(form.level()), blankToNull(form.tag()), before, after,
        PlaceName.normalize(form.city())),
        createdAt, now);
  }

  private static LocalDate day(Validation v, String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      v.require(false, field, "must be a day as YYYY-MM-DD (Gregorian, the Tehran day), e.g. 2026-12-01");
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
