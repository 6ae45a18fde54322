package ir.bashgah.security.infra;

import ir.bashgah.security.domain.admin.PlatformAdmin;
import ir.bashgah.security.domain.admin.PlatformAdmins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class JpaPlatformAdmins implements PlatformAdmins {
  @Inject EntityManager em;

  @Override
  public Optional<PlatformAdmin> byUsernameForUpdate(String username) {
    return em.createQuery("SELECT a FROM PlatformAdmin a WHERE a.username = :u", PlatformAdmin.class)
        .setParameter("u", username)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<PlatformAdmin> byId(long id) {
    return Optional.ofNullable(em.find(PlatformAdmin.class, id));
  }

  @Override
  public void add(PlatformAdmin admin) {
    em.persist(admin);
  }
}
