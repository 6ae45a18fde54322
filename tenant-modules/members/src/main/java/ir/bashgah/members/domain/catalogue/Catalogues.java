package ir.bashgah.members.domain.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The catalogues of the club in context: member groups, member categories, card types. */
public interface Catalogues {
  <T extends CatalogueEntry> Optional<T> byCode(Class<T> type, String code);

  <T extends CatalogueEntry> List<T> all(Class<T> type);

  /**
   * How many members name each code in {@code memberColumn} ("group_code" or "category"; a constant of
   * the caller, never input). Native SQL because GROUP is a JPQL keyword the member's field is named after.
   */
  Map<String, Long> memberCounts(String memberColumn);

  long membersWith(String memberColumn, String code);

  /** Stores a new entry; 409 when its code is taken, whether seen first or settled by the unique key in a race. */
  void addNew(CatalogueEntry entry, String noun);

  void remove(CatalogueEntry entry);

  void flush();
}
