package ir.bashgah.members.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.kernel.text.Digits;
import ir.bashgah.members.domain.card.CardType;
import ir.bashgah.members.domain.catalogue.CatalogueCode;
import ir.bashgah.members.domain.catalogue.Catalogues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The club's card types (M3): a name, how many months a card of the type is valid (none: it never
 * expires) and the loyalty programme it belongs to (L10). Types are never deleted: cards refer to them.
 */
@ApplicationScoped
public class ManageCardTypes {
  public static final int MAX_VALIDITY_MONTHS = 600;

  /** {@code validityMonths} is text so that Persian digits are accepted; a JSON number works too. */
  public record TypeForm(String code, String name, Object validityMonths, String programmeCode) {}

  public record TypeView(String code, String name, Integer validityMonths, String programmeCode, Instant createdAt, Instant updatedAt) {
    static TypeView of(CardType t) {
      return new TypeView(t.code(), t.name(), t.validityMonths(), t.programmeCode(), t.createdAt(), t.updatedAt());
    }
  }

  private record Terms(String name, Integer validityMonths, String programmeCode) {}

  @Inject Catalogues catalogues;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public List<TypeView> list() {
    return catalogues.all(CardType.class).stream().map(TypeView::of).toList();
  }

  @Transactional
  public TypeView get(String code) {
    return TypeView.of(find(code));
  }

  @Transactional
  public TypeView create(TypeForm form) {
    Validation v = new Validation();
    String code = form == null ? null : CatalogueCode.normalise(form.code()).orElse(null);
    v.require(code != null, "code", CatalogueCode.RULE);
    Terms terms = terms(form, v);
    v.throwIfInvalid();
    CardType type = new CardType(code, terms.name(), terms.validityMonths(), terms.programmeCode(), Instant.now(clock));
    catalogues.addNew(type, "card type");
    audit.record("CARD_TYPE.CREATE", "card-type", code, null, state(type));
    return TypeView.of(type);
  }

  /** New terms for cards issued from now on; cards already issued keep their expiry. */
  @Transactional
  public TypeView change(String code, TypeForm form) {
    Validation v = new Validation();
    Terms terms = terms(form, v);
    v.throwIfInvalid();
    CardType type = find(code);
    Map<String, Object> before = state(type);
    type.change(terms.name(), terms.validityMonths(), terms.programmeCode(), Instant.now(clock));
    Map<String, Object> after = state(type);
    if (!before.equals(after)) {
      audit.record("CARD_TYPE.CHANGE", "card-type", type.code(), before, after);
    }
    return TypeView.of(type);
  }

  private static Terms terms(TypeForm form, Validation v) {
    v.requireText(form == null ? null : form.name(), "name", 200);
    Object rawMonths = form == null ? null : form.validityMonths();
    Integer months = null;
    if (rawMonths != null && !(rawMonths instanceof String s && s.isBlank())) {
      // A number is written out only when it is small: 1e999999999 would be a billion digits.
      String text = rawMonths instanceof java.math.BigDecimal d ? (d.precision() - d.scale() <= 5 && d.scale() <= 5 ? d.toPlainString() : "")
          : rawMonths instanceof String typed ? Digits.toLatin(typed).trim() : "";
      months = text.matches("\\d{1,4}") ? Integer.valueOf(text) : null;
      v.require(months != null && months >= 1 && months <= MAX_VALIDITY_MONTHS, "validityMonths",
          "must be a whole number of months from 1 to " + MAX_VALIDITY_MONTHS + ", or null for cards that never expire");
    }
    String programme = form == null || form.programmeCode() == null || form.programmeCode().isBlank() ? null : CatalogueCode.normalise(form.programmeCode()).orElse(null);
    v.require(form == null || form.programmeCode() == null || form.programmeCode().isBlank() || programme != null, "programmeCode", CatalogueCode.RULE);
    return new Terms(form == null || form.name() == null ? null : form.name().trim(), months, programme);
  }

  private CardType find(String code) {
    return CatalogueCode.normalise(code).flatMap(c -> catalogues.byCode(CardType.class, c))
        .orElseThrow(() -> Problem.notFound("No card type '" + code + "' in this club"));
  }

  private static Map<String, Object> state(CardType t) {
    Map<String, Object> state = new HashMap<>();
    state.put("name", t.name());
    state.put("validityMonths", t.validityMonths());
    state.put("programmeCode", t.programmeCode());
    return state;
  }
}
