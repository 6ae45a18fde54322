package ir.bashgah.security.api;

/** The answer of a successful login (docs/integration.md, Authentication). */
public record AccessToken(String accessToken, String tokenType, long expiresIn) {}
