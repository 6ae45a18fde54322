package ir.bashgah.kernel.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Put {@code @Convert(converter = Encrypted.class)} on a String attribute to keep it encrypted at rest. */
@Converter
public class Encrypted implements AttributeConverter<String, String> {
  @Override
  public String convertToDatabaseColumn(String plain) {
    return FieldCipher.encrypt(plain);
  }

  @Override
  public String convertToEntityAttribute(String stored) {
    return FieldCipher.decrypt(stored);
  }
}
