package ir.bashgah.members.domain.qr;

/** QR images of member codes (B7). */
public interface QrImages {
  /** A PNG of {@code payload}, {@code pixels} wide. */
  byte[] png(String payload, int pixels);
}
