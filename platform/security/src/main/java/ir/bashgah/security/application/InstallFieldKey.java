package ir.bashgah.security.application;

import ir.bashgah.kernel.crypto.FieldCipher;
import ir.bashgah.security.api.FieldEncryptionKey;
import ir.bashgah.security.domain.secret.PlatformKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class InstallFieldKey implements FieldEncryptionKey {
  @Inject PlatformKeys keys;

  @Override
  public void install() {
    FieldCipher.install(keys.fieldKey());
  }
}
