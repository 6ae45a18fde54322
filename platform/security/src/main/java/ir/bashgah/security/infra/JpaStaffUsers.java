package ir.bashgah.security.infra;

import ir.bashgah.security.domain.staff.StaffUser;
import ir.bashgah.security.domain.staff.StaffUsers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaStaffUsers implements StaffUsers {
  @Inject EntityManager em;

  @Override
  public Optional<StaffUser> byUsername(String username) {
    return em.createQuery("SELECT u FROM StaffUser u WHERE u.username = :u", StaffUser.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<StaffUser> byUsernameForUpdate(String username) {
    return em.createQuery("SELECT u FROM StaffUser u WHERE u.username = :u", StaffUser.class)
        .setParameter("u", username)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<StaffUser> byId(long id) {
    return Optional.ofNullable(em.find(StaffUser.class, id));
  }

  @Override
  public List<StaffUser> all(String branchCode) {
    if (branchCode == null) {
      return em.createQuery("SELECT u FROM StaffUser u ORDER BY u.username", StaffUser.class).getResultList();
    }
    return em.createQuery("SELECT u FROM StaffUser u WHERE u.branchCode = :b ORDER BY u.username", StaffUser.class)
        .setParameter("b", branchCode)
        .getResultList();
  }

  @Override
  public void add(StaffUser user) {
    em.persist(user);
  }

  @Override
  public void addNow(StaffUser user) {
    em.persist(user);
    em.flush();
  }
}
