package ir.bashgah.security.api;

/** The answer of a successful login (POS-API.md, Authentication). */
public record AccessToken(String accessToken, String tokenType, long expiresIn) {}
