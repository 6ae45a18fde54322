package ir.bashgah.web.problem;

import ir.bashgah.kernel.problem.ProblemType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page of the web container (WEB-INF/web.xml): whatever the container itself refuses
 * outside the API (an unknown path, a method a static file does not take, a failure in a filter) is
 * answered in problem+json like the API's own errors, never as an HTML page naming the server.
 */
@WebServlet(ErrorPage.PATH)
public class ErrorPage extends HttpServlet {
  public static final String PATH = "/error-page";
  private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 404;
    Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (failure != null) {
      LOG.log(Level.SEVERE, "Unhandled failure serving " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), failure);
      status = 500;
    }
    response.resetBuffer();
    ServletProblems.write(request, response, status, typeOf(status), detailOf(status));
  }

  private static ProblemType typeOf(int status) {
    return switch (status) {
      case 400 -> ProblemType.MALFORMED_REQUEST;
      case 401 -> ProblemType.UNAUTHORIZED;
      case 403 -> ProblemType.FORBIDDEN;
      case 404 -> ProblemType.NOT_FOUND;
      case 405 -> ProblemType.METHOD_NOT_ALLOWED;
      case 406 -> ProblemType.NOT_ACCEPTABLE;
      case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
      case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
      case 503 -> ProblemType.TENANT_UNAVAILABLE;
      default -> status >= 500 ? ProblemType.INTERNAL_ERROR : ProblemType.MALFORMED_REQUEST;
    };
  }

  private static String detailOf(int status) {
    return switch (status) {
      case 404 -> "No such resource";
      case 405 -> "This method is not allowed here";
      case 413 -> "The request is too large";
      case 503 -> "The service is starting or unavailable; try again shortly";
      default -> status >= 500 ? "Something went wrong on our side" : "The request could not be served as sent";
    };
  }
}
