package ir.bashgah.app.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Hands the container's transaction-scoped EntityManager to every module as a CDI bean. Payara
 * registers {@code @PersistenceContext} only for classes of the WAR itself, not of its library jars,
 * so the modules {@code @Inject} it from here.
 */
@ApplicationScoped
public class Persistence {
  @Produces
  @PersistenceContext(unitName = "bashgah")
  EntityManager entityManager;
}
