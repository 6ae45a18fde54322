package ir.bashgah.web.limits;

import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits at the edge, before a resource reads anything: a body over the limit (1 MB) is answered 413
 * without being read (a Content-Length over it is refused at once; a body without one is cut off at
 * the limit), and a JSON body's shape is checked by {@link JsonShape}. Member imports take files far
 * larger than any JSON call and enforce their own, streamed limit.
 *
 * <p>An error answered to a request that announced a body over the limit closes the connection: the
 * body may not have been read (a member import refused by its announced size), and reading megabytes
 * only to throw them away, so that the connection could serve another request, is not worth it.
 */
@Provider
@PreMatching
@Priority(200)
@ApplicationScoped
public class RequestLimits implements ContainerRequestFilter, ContainerResponseFilter {
  /** Paths (under /api) whose bodies are files with limits of their own. */
  private static final String[] OWN_LIMITS = {"v1/member-imports"};

  @Inject
  @ConfigProperty(name = "bashgah.http.max-body-bytes", defaultValue = "1048576")
  long maxBodyBytes;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!request.hasEntity() || hasOwnLimit(request.getUriInfo().getPath())) {
      return;
    }
    if (request.getLength() > maxBodyBytes) {
      throw tooLarge();
    }
    if (isJson(request.getMediaType())) {
      byte[] body = readAtMost(request.getEntityStream(), maxBodyBytes);
      JsonShape.check(body);
      request.setEntityStream(new ByteArrayInputStream(body));
    } else {
      request.setEntityStream(new Bounded(request.getEntityStream(), maxBodyBytes));
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() >= 400 && request.getLength() > maxBodyBytes) {
      response.getHeaders().putSingle("Connection", "close");
    }
  }

  private static boolean hasOwnLimit(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    for (String own : OWN_LIMITS) {
      if (p.equals(own) || p.startsWith(own + "/") || p.startsWith(own + "?")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isJson(MediaType type) {
    return type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
  }

  private Problem tooLarge() {
    return new Problem(ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than " + maxBodyBytes + " bytes; send less");
  }

  private byte[] readAtMost(InputStream in, long max) {
    try {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (body.length > max) {
        throw tooLarge();
      }
      return body;
    } catch (IOException e) {
      throw new Problem(ProblemType.MALFORMED_REQUEST, "The request body could not be read to its end; send it again");
    }
  }

  /** A body stream that fails with 413 once more than the limit has been read. */
  private final class Bounded extends FilterInputStream {
    private long left;

    Bounded(InputStream in, long max) {
      super(in);
      this.left = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0 && --left < 0) {
        throw tooLarge();
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0 && (left -= n) < 0) {
        throw tooLarge();
      }
      return n;
    }
  }
}
