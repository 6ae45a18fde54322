package ir.bashgah.messaging.domain.message;

/** A message a worker holds under its lease, to send now; {@code attempts} counts this one. */
public record ClaimedMessage(long id, String recipient, String text, int attempts) {}
