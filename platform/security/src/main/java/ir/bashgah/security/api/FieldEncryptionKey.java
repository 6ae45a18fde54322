package ir.bashgah.security.api;

/** The key of encrypted columns (BASHGAH_FIELD_KEY, or one made once and kept in the platform schema). */
public interface FieldEncryptionKey {
  /** Installs it; called at start-up before any entity is read. */
  void install();
}
