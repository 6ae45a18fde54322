package ir.bashgah.portal.application;

/** A club's logo or app icon as its bytes and media type. */
public record ClubImage(byte[] bytes, String type) {}
