package ir.bashgah.web.idempotency;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;

/**
 * What makes two calls with one Idempotency-Key "the same request" (docs/integration.md): the method and
 * path, and the arguments the resource method received, i.e. the parsed body and the path values. Two
 * bodies that differ only in spacing or in the order of their fields are the same request; a body with
 * another value anywhere is not.
 *
 * <p>The arguments are records of strings, numbers, booleans and lists, so they are fed to SHA-256
 * directly, each value tagged with its kind and each string and list with its length, which keeps the
 * encoding unambiguous (no two different requests give the same bytes). Serialising them to JSON first
 * (as {@link #legacy} did) cost the till 5 % of its request time (docs/BENCHMARKS.md). Anything else an
 * argument may hold is fed as its JSON.
 */
final class RequestFingerprint {
  private static final Jsonb JSON = JsonbBuilder.create();
  private static final HexFormat HEX = HexFormat.of();

  private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
    @Override
    protected Method[] computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Method[] accessors = new Method[components.length];
      for (int i = 0; i < components.length; i++) {
        accessors[i] = components[i].getAccessor();
        accessors[i].setAccessible(true);
      }
      return accessors;
    }
  };

  private final MessageDigest digest;
  private final ByteBuffer number = ByteBuffer.allocate(Long.BYTES);

  private RequestFingerprint() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fingerprint of a call: 64 hex digits. */
  static String of(String scope, Object[] parameters) {
    RequestFingerprint f = new RequestFingerprint();
    f.value(scope);
    for (Object p : parameters) {
      if (!(p instanceof UriInfo || p instanceof HttpHeaders)) {
        f.value(p);
      }
    }
    return HEX.formatHex(f.digest.digest());
  }

  /**
   * The fingerprint as versions before this one computed it (the arguments as JSON, one per line), for
   * keys claimed before an upgrade and retried after it; once the oldest such key has expired it is
   * unused.
   */
  static String legacy(String scope, Object[] parameters) {
    StringBuilder canonical = new StringBuilder(scope);
    for (Object p : parameters) {
      if (p instanceof UriInfo || p instanceof HttpHeaders) {
        continue;
      }
      canonical.append('\n').append(p == null ? "null" : p instanceof String s ? s : JSON.toJson(p));
    }
    try {
      return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void value(Object v) {
    if (v == null) {
      digest.update((byte) 'n');
    } else if (v instanceof String s) {
      digest.update((byte) 's');
      bytes(s.getBytes(StandardCharsets.UTF_8));
    } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      digest.update((byte) 'i');
      number(((Number) v).longValue());
    } else if (v instanceof Boolean b) {
      digest.update((byte) (b ? 'T' : 'F'));
    } else if (v instanceof Enum<?> e) {
      digest.update((byte) 'e');
      bytes(e.name().getBytes(StandardCharsets.UTF_8));
    } else if (v instanceof Collection<?> c) {
      digest.update((byte) 'l');
      number(c.size());
      for (Object item : c) {
        value(item);
      }
    } else if (v instanceof Record r) {
      digest.update((byte) 'r');
      Method[] accessors = ACCESSORS.get(r.getClass());
      number(accessors.length);
      for (Method accessor : accessors) {
        value(component(accessor, r));
      }
    } else {
      // BigDecimal, maps and whatever else: JSON-B's form of it is canonical enough and rare here
      digest.update((byte) 'j');
      bytes(JSON.toJson(v).getBytes(StandardCharsets.UTF_8));
    }
  }

  private static Object component(Method accessor, Record r) {
    try {
      return accessor.invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read " + accessor + " for an idempotency fingerprint", e);
    }
  }

  private void bytes(byte[] b) {
    number(b.length);
    digest.update(b);
  }

  private void number(long n) {
    number.clear();
    number.putLong(n);
    digest.update(number.array());
  }
}
