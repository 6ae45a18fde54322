package ir.bashgah.branches.infra;

import ir.bashgah.branches.api.BranchNames;
import ir.bashgah.branches.domain.branch.Branch;
import ir.bashgah.branches.domain.branch.Branches;
import ir.bashgah.branches.domain.branch.Terminal;
import ir.bashgah.security.api.BranchDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The branches and terminals of the tenant in context. */
@ApplicationScoped
public class JpaBranches implements Branches, BranchDirectory, BranchNames {
  @Inject EntityManager em;

  @Override
  public Optional<Branch> byCode(String code) {
    return em.createQuery("SELECT b FROM Branch b WHERE b.code = :c", Branch.class).setParameter("c", code).getResultStream().findFirst();
  }

  @Override
  public List<Branch> all() {
    return em.createQuery("SELECT b FROM Branch b ORDER BY b.code", Branch.class).getResultList();
  }

  @Override
  public void add(Branch branch) {
    em.persist(branch);
  }

  @Override
  public void add(Terminal terminal) {
    em.persist(terminal);
  }

  @Override
  public List<Terminal> terminalsOf(Branch branch) {
    return em.createQuery("SELECT t FROM Terminal t WHERE t.branchId = :b ORDER BY t.createdAt", Terminal.class).setParameter("b", branch.id()).getResultList();
  }

  @Override
  public Optional<Terminal> terminal(Branch branch, String terminalId) {
    try {
      Terminal t = em.find(Terminal.class, Long.parseLong(terminalId));
      return t != null && t.branchId() == branch.id() ? Optional.of(t) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  @Override
  public Map<String, String> names() {
    Map<String, String> names = new LinkedHashMap<>();
    for (Object row : em.createNativeQuery("SELECT code, name FROM branch ORDER BY code").getResultList()) {
      Object[] r = (Object[]) row;
      names.put((String) r[0], (String) r[1]);
    }
    return names;
  }

  @Override
  public boolean exists(String branchCode) {
    return byCode(branchCode).isPresent();
  }

  @Override
  public void flush() {
    em.flush();
  }
}
