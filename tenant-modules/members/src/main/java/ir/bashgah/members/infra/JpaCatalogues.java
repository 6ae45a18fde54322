package ir.bashgah.members.infra;

import ir.bashgah.kernel.persistence.Constraints;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.members.domain.catalogue.CatalogueEntry;
import ir.bashgah.members.domain.catalogue.Catalogues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The catalogues of the club in context: member groups, member categories, card types. */
@ApplicationScoped
public class JpaCatalogues implements Catalogues {
  @Inject EntityManager em;

  @Override
  public <T extends CatalogueEntry> Optional<T> byCode(Class<T> type, String code) {
    return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.code = :c", type).setParameter("c", code).getResultStream().findFirst();
  }

  @Override
  public <T extends CatalogueEntry> List<T> all(Class<T> type) {
    return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e ORDER BY e.code", type).getResultList();
  }

  /**
   * How many members name each code in {@code memberColumn} ("group_code" or "category"; a constant of
   * the caller, never input). Native SQL because GROUP is a JPQL keyword the member's field is named after.
   */
  @Override
  public Map<String, Long> memberCounts(String memberColumn) {
    Map<String, Long> counts = new HashMap<>();
    List<?> rows = em.createNativeQuery("SELECT " + memberColumn + ", COUNT(*) FROM member WHERE " + memberColumn + " IS NOT NULL GROUP BY " + memberColumn).getResultList();
    for (Object row : rows) {
      Object[] cells = (Object[]) row;
      counts.put((String) cells[0], ((Number) cells[1]).longValue());
    }
    return counts;
  }

  @Override
  public long membersWith(String memberColumn, String code) {
    return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM member WHERE " + memberColumn + " = ?").setParameter(1, code).getSingleResult()).longValue();
  }

  /** Stores a new entry; 409 when its code is taken, whether seen first or settled by the unique key in a race. */
  @Override
  public void addNew(CatalogueEntry entry, String noun) {
    if (byCode(entry.getClass(), entry.code()).isPresent()) {
      throw Problem.conflict("The " + noun + " '" + entry.code() + "' already exists");
    }
    em.persist(entry);
    try {
      em.flush();
    } catch (RuntimeException e) {
      if (Constraints.isDuplicateKey(e)) {
        throw Problem.conflict("The " + noun + " '" + entry.code() + "' was created at the same moment");
      }
      throw e;
    }
  }

  @Override
  public void remove(CatalogueEntry entry) {
    em.remove(entry);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
