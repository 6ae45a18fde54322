package ir.bashgah.members.application;

import ir.bashgah.kernel.persistence.Constraints;
import ir.bashgah.kernel.problem.FieldError;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.members.domain.catalogue.CatalogueEntry;
import ir.bashgah.members.domain.catalogue.Catalogues;
import ir.bashgah.members.domain.catalogue.MemberCategory;
import ir.bashgah.members.domain.catalogue.MemberGroup;
import ir.bashgah.members.domain.member.Member;
import ir.bashgah.members.domain.member.MemberDetails;
import ir.bashgah.members.domain.member.Members;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What registration and editing both require of a member's details beyond their form: the group,
 * category and referrer they name exist in this club, and no other member has the mobile, national
 * code or external reference.
 */
@ApplicationScoped
public class MemberChecks {
  @Inject Members members;
  @Inject Catalogues catalogues;

  /**
   * {@code details} with group and category as the catalogues spell them; 422 naming every field
   * that names nothing. {@code self} is the member being edited, null at registration.
   */
  MemberDetails resolved(MemberDetails details, Member self) {
    Validation v = new Validation();
    String group = details.group() == null ? null : catalogues.byCode(MemberGroup.class, details.group()).map(CatalogueEntry::code).orElse(null);
    v.require(details.group() == null || group != null, "group", "no member group '" + details.group() + "' in this club; create it first (POST /api/v1/member-groups)");
    String category = details.category() == null ? null : catalogues.byCode(MemberCategory.class, details.category()).map(CatalogueEntry::code).orElse(null);
    v.require(details.category() == null || category != null, "category",
        "no member category '" + details.category() + "' in this club; create it first (POST /api/v1/member-categories)");
    String referrer = details.referrerCode();
    v.require(referrer == null || self == null || !referrer.equals(self.memberCode()), "referrerCode", "a member cannot be his own referrer");
    v.require(referrer == null || members.byCode(referrer).isPresent(), "referrerCode", "no member with code " + referrer + " in this club");
    v.throwIfInvalid();
    return details.withCatalogueCodes(group, category);
  }

  /** 409 naming the field when another member already has this mobile, national code or external reference. */
  void refuseDuplicates(MemberDetails d, Member self) {
    refuse(d.mobile(), members::byMobile, self, "mobile", "Mobile " + d.mobile());
    refuse(d.nationalCode(), members::byNationalCode, self, "nationalCode", "This national code");
    refuse(d.externalRef(), members::byExternalRef, self, "externalRef", "External reference " + d.externalRef());
  }

  /**
   * Writes the member's row now: the unique keys settle two callers storing the same mobile, national
   * code or external reference at once, and the foreign keys a group or category deleted meanwhile.
   */
  void store() {
    try {
      members.flush();
    } catch (RuntimeException e) {
      if (Constraints.isDuplicateKey(e)) {
        throw Problem.conflict("Another member got this mobile, national code or external reference at the same moment");
      }
      if (Constraints.isForeignKeyViolation(e)) {
        throw Problem.conflict("The member's group or category was deleted at the same moment; choose another");
      }
      throw e;
    }
  }

  private static void refuse(String value, Function<String, Optional<Member>> lookup, Member self, String field, String what) {
    if (value == null) {
      return;
    }
    lookup.apply(value).filter(other -> self == null || other.id() != self.id()).ifPresent(other -> {
      throw new Problem(ProblemType.CONFLICT, what + " already belongs to member " + other.memberCode(), List.of(new FieldError(field, "already registered")));
    });
  }
}
