package ir.bashgah.web.problem;

import ir.bashgah.kernel.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
@ApplicationScoped
public class ProblemMapper implements ExceptionMapper<Problem> {
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Problem problem) {
    return ProblemResponses.of(problem, headers);
  }
}
