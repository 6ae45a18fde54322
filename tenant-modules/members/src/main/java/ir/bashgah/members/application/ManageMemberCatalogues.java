package ir.bashgah.members.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.persistence.Constraints;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.members.domain.catalogue.CatalogueCode;
import ir.bashgah.members.domain.catalogue.CatalogueEntry;
import ir.bashgah.members.domain.catalogue.Catalogues;
import ir.bashgah.members.domain.catalogue.MemberCategory;
import ir.bashgah.members.domain.catalogue.MemberGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The club's member groups and member categories (M1): create, rename, delete while no member is
 * in it. The two catalogues behave alike; {@link Catalogue} says where they differ.
 */
@ApplicationScoped
public class ManageMemberCatalogues {
  public enum Catalogue {
    GROUPS(MemberGroup.class, "group_code", "MEMBER_GROUP", "member group"),
    CATEGORIES(MemberCategory.class, "category", "MEMBER_CATEGORY", "member category");

    final Class<? extends CatalogueEntry> type;
    final String memberColumn;
    final String auditPrefix;
    final String noun;

    Catalogue(Class<? extends CatalogueEntry> type, String memberColumn, String auditPrefix, String noun) {
      this.type = type;
      this.memberColumn = memberColumn;
      this.auditPrefix = auditPrefix;
      this.noun = noun;
    }

    CatalogueEntry create(String code, String name, Instant now) {
      return this == GROUPS ? new MemberGroup(code, name, now) : new MemberCategory(code, name, now);
    }
  }

  public record EntryForm(String code, String name) {}

  /** Named apart from the ledger's EntryView in the OpenAPI description, where both would otherwise be "EntryView". */
  @Schema(name = "CatalogueEntryView")
  public record EntryView(String code, String name, long members, Instant createdAt, Instant updatedAt) {}

  @Inject Catalogues catalogues;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public List<EntryView> list(Catalogue c) {
    Map<String, Long> counts = catalogues.memberCounts(c.memberColumn);
    return catalogues.all(c.type).stream().map(e -> view(e, counts.getOrDefault(e.code(), 0L))).toList();
  }

  @Transactional
  public EntryView get(Catalogue c, String code) {
    CatalogueEntry entry = find(c, code);
    return view(entry, catalogues.membersWith(c.memberColumn, entry.code()));
  }

  @Transactional
  public EntryView create(Catalogue c, EntryForm form) {
    String code = form == null ? null : CatalogueCode.normalise(form.code()).orElse(null);
    new Validation()
        .require(code != null, "code", CatalogueCode.RULE)
        .requireText(form == null ? null : form.name(), "name", 200)
        .throwIfInvalid();
    CatalogueEntry entry = c.create(code, form.name().trim(), Instant.now(clock));
    catalogues.addNew(entry, c.noun);
    EntryView view = view(entry, 0);
    audit.record(c.auditPrefix + ".CREATE", c.noun.replace(' ', '-'), code, null, Map.of("code", code, "name", view.name()));
    return view;
  }

  /** Renames the entry; its code stays, since members and rules refer to it. */
  @Transactional
  public EntryView rename(Catalogue c, String code, EntryForm form) {
    new Validation().requireText(form == null ? null : form.name(), "name", 200).throwIfInvalid();
    CatalogueEntry entry = find(c, code);
    String before = entry.name();
    if (!before.equals(form.name().trim())) {
      entry.rename(form.name().trim(), Instant.now(clock));
      audit.record(c.auditPrefix + ".RENAME", c.noun.replace(' ', '-'), entry.code(), Map.of("name", before), Map.of("name", entry.name()));
    }
    return view(entry, catalogues.membersWith(c.memberColumn, entry.code()));
  }

  /** 409 while any member is in it: members never lose their group behind the staff's back. */
  @Transactional
  public void delete(Catalogue c, String code) {
    CatalogueEntry entry = find(c, code);
    long members = catalogues.membersWith(c.memberColumn, entry.code());
    if (members > 0) {
      throw Problem.conflict("The " + c.noun + " '" + entry.code() + "' still has " + members + " member(s); move them first");
    }
    catalogues.remove(entry);
    try {
      catalogues.flush();
    } catch (RuntimeException e) {
      if (Constraints.isForeignKeyViolation(e)) {
        throw Problem.conflict("A member joined the " + c.noun + " '" + entry.code() + "' at the same moment; it was kept");
      }
      throw e;
    }
    audit.record(c.auditPrefix + ".DELETE", c.noun.replace(' ', '-'), entry.code(), Map.of("code", entry.code(), "name", entry.name()), null);
  }

  private CatalogueEntry find(Catalogue c, String code) {
    return CatalogueCode.normalise(code).flatMap(n -> catalogues.byCode(c.type, n))
        .orElseThrow(() -> Problem.notFound("No " + c.noun + " '" + code + "' in this club"));
  }

  private static EntryView view(CatalogueEntry e, long members) {
    return new EntryView(e.code(), e.name(), members, e.createdAt(), e.updatedAt());
  }
}
