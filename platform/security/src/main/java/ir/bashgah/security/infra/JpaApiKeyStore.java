package ir.bashgah.security.infra;

import ir.bashgah.security.domain.apikey.ApiKey;
import ir.bashgah.security.domain.apikey.ApiKeyStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaApiKeyStore implements ApiKeyStore {
  @Inject EntityManager em;

  @Override
  public void add(ApiKey key) {
    em.persist(key);
  }

  @Override
  public Optional<ApiKey> byId(String keyId) {
    return Optional.ofNullable(em.find(ApiKey.class, keyId));
  }

  @Override
  public List<ApiKey> ofTerminal(String terminalId) {
    return em.createQuery("SELECT k FROM ApiKey k WHERE k.terminalId = :t", ApiKey.class).setParameter("t", terminalId).getResultList();
  }
}
