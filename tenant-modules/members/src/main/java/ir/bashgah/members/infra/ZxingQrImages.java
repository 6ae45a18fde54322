package ir.bashgah.members.infra;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import ir.bashgah.members.domain.qr.QrImages;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** QR images of member codes (B7), drawn by ZXing. */
@ApplicationScoped
public class ZxingQrImages implements QrImages {
  /**
   * Error correction M survives the scuffs of a printed card and a cracked phone screen while keeping
   * the modules large enough for a till's scanner.
   */
  @Override
  public byte[] png(String payload, int pixels) {
    try {
      var matrix = new QRCodeWriter().encode(payload, com.google.zxing.BarcodeFormat.QR_CODE, pixels, pixels,
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      MatrixToImageWriter.writeToStream(matrix, "PNG", out);
      return out.toByteArray();
    } catch (WriterException e) {
      throw new IllegalStateException("A member QR payload could not be encoded", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
