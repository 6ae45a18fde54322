package ir.bashgah.web.problem;

import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.persistence.Constraints;
import ir.bashgah.kernel.problem.FieldError;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import ir.bashgah.web.limits.StrictJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything that is not a {@link Problem}: unreadable bodies and unknown routes become 4xx with a
 * slug; a Problem wrapped by a transaction or EJB boundary is unwrapped; only a real fault of ours is
 * a 500, logged with its request id and answered without internals.
 */
@Provider
@ApplicationScoped
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable error) {
    Problem wrapped = findProblem(error);
    if (wrapped != null) {
      return ProblemResponses.of(wrapped, headers);
    }
    String parameter = unreadableQueryParameter(error);
    if (parameter != null) {
      return ProblemResponses.of(ProblemType.MALFORMED_REQUEST, "Query parameter " + parameter + " cannot be read as the type it needs",
          List.of(new FieldError(parameter, "cannot be read: send it in the type the API describes (a whole number for page and size)")), headers);
    }
    if (isUnreadableBody(error)) {
      return ProblemResponses.of(ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON of the expected shape: " + whyUnreadable(error), List.of(), headers);
    }
    if (error instanceof NotFoundException) {
      return ProblemResponses.of(ProblemType.NOT_FOUND, "No such resource", List.of(), headers);
    }
    if (error instanceof NotAllowedException) {
      return ProblemResponses.of(ProblemType.METHOD_NOT_ALLOWED, "This method is not allowed here", List.of(), headers);
    }
    if (error instanceof NotSupportedException) {
      return ProblemResponses.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json", List.of(), headers);
    }
    if (error instanceof NotAcceptableException) {
      return ProblemResponses.of(ProblemType.NOT_ACCEPTABLE, "This resource answers application/json", List.of(), headers);
    }
    if (error instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      int status = web.getResponse().getStatus();
      return ProblemResponses.of(status, status == 401 ? ProblemType.UNAUTHORIZED : status == 403 ? ProblemType.FORBIDDEN : ProblemType.MALFORMED_REQUEST,
          web.getMessage(), List.of(), headers);
    }
    if (Constraints.isLockConflict(error)) {
      LOG.warning("Request " + CallContext.current().requestId() + " lost a lock race and was rolled back: " + rootMessage(error));
      return ProblemResponses.of(ProblemType.BUSY, "Another till was changing the same member at this moment; nothing was stored. Send the request again"
          + " (with the same Idempotency-Key)", List.of(), headers);
    }
    LOG.log(Level.SEVERE, "Unexpected error in request " + CallContext.current().requestId(), error);
    return ProblemResponses.of(ProblemType.INTERNAL_ERROR, "Something went wrong on our side; quote request id " + CallContext.current().requestId() + " to support", List.of(), headers);
  }

  /**
   * The name of a query parameter that could not be converted to its Java type (page=abc for an int).
   * JAX-RS answers those with a 404, as if the resource did not exist; a value the caller typed wrong is
   * a malformed request (400). Jersey's ParamException is not on our compile path, so it is recognised
   * by name; its parameter name is read through its public getter.
   */
  static String unreadableQueryParameter(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
        if (c.getName().equals("org.glassfish.jersey.server.ParamException$QueryParamException")) {
          try {
            Object name = t.getClass().getMethod("getParameterName").invoke(t);
            return name == null ? "query" : name.toString();
          } catch (ReflectiveOperationException | RuntimeException e) {
            return "query";
          }
        }
      }
    }
    return null;
  }

  /** A Problem thrown inside a transaction or bean boundary arrives wrapped; its cause chain still holds it. */
  private static Problem findProblem(Throwable error) {
    for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof Problem p) {
        return p;
      }
    }
    return null;
  }

  private static boolean isUnreadableBody(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof JsonbException || t instanceof JsonParsingException || t instanceof jakarta.json.JsonException) {
        return true;
      }
      if (t instanceof ProcessingException && !(t.getCause() instanceof Problem)) {
        return true;
      }
      if (t instanceof WebApplicationException w && w.getResponse().getStatus() == 400) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /**
   * Why a body could not be read, in words for the caller: the message of a strict-type refusal
   * ({@link StrictJson.Refused}), where a parser stopped, or else a plain description. JSON-B's own
   * messages are never passed on: they name the Java classes of the request and the parser's events
   * ("Incorrect position for processing type: class ir.bashgah...").
   */
  static String whyUnreadable(Throwable error) {
    for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof StrictJson.Refused refused) {
        return refused.getMessage();
      }
    }
    for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof JsonParsingException parsing && parsing.getLocation() != null) {
        return "it is not valid JSON (line " + parsing.getLocation().getLineNumber() + ", column " + parsing.getLocation().getColumnNumber() + ")";
      }
    }
    return "a value has another JSON type than this request takes there (an array, a string or a number where an object belongs, an object where"
        + " a list or a text belongs); send the body the API describes";
  }

  private static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.length() > 300 ? message.substring(0, 300) + "…" : message;
  }
}
