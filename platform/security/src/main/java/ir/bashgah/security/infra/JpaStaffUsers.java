package ir.bashgah.security.infra;

import ir.bashgah.security.domain.staff.StaffUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/** The staff of the tenant in context. */
@ApplicationScoped
public class StaffUsers {
  @Inject EntityManager em;

  public Optional<StaffUser> byUsername(String username) {
    return em.createQuery("SELECT u FROM StaffUser u WHERE u.username = :u", StaffUser.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  /** Locks the row: concurrent wrong passwords must each count towards the lockout. */
  public Optional<StaffUser> byUsernameForUpdate(String username) {
    return em.createQuery("SELECT u FROM StaffUser u WHERE u.username = :u", StaffUser.class)
        .setParameter("u", username)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  public Optional<StaffUser> byId(long id) {
    return Optional.ofNullable(em.find(StaffUser.class, id));
  }

  public List<StaffUser> all(String branchCode) {
    if (branchCode == null) {
      return em.createQuery("SELECT u FROM StaffUser u ORDER BY u.username", StaffUser.class).getResultList();
    }
    return em.createQuery("SELECT u FROM StaffUser u WHERE u.branchCode = :b ORDER BY u.username", StaffUser.class)
        .setParameter("b", branchCode)
        .getResultList();
  }

  public void add(StaffUser user) {
    em.persist(user);
  }
}
