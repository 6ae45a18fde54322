package ir.bashgah.security.api;

/** A new API key: {@code apiKey} is shown once and never stored. */
public record IssuedKey(String keyId, String apiKey) {}
