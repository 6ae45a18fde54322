package ir.bashgah.security.domain.apikey;

import java.util.List;
import java.util.Optional;

/** The API keys of the tenant in context. */
public interface ApiKeyStore {
  void add(ApiKey key);

  Optional<ApiKey> byId(String keyId);

  /** Every key of a terminal, revoked ones included. */
  List<ApiKey> ofTerminal(String terminalId);
}
