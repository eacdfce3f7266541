package com.wagateway.adapter.rest.console;

import com.wagateway.adapter.rest.problem.Problem;
import com.wagateway.adapter.rest.problem.ProblemCode;
import com.wagateway.adapter.rest.problem.ProblemMapper;
import com.wagateway.adapter.rest.problem.ProblemResponses;
import com.wagateway.domain.error.GatewayException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * Turns a console failure into a page: the API's {@link ProblemMapper} decides status, code and
 * detail, so the console and the API never disagree, and the console shows them as text. A request
 * without a live session goes to the sign-in page instead.
 */
@Singleton
public class ConsoleErrors {
  static final String SIGN_IN = "/console/sign-in";
  private static final String HTMX_REQUEST = "HX-Request";

  private final ProblemMapper problems = new ProblemMapper();

  Response page(Throwable failure, UriInfo uri, HttpHeaders headers) {
    boolean fragment = headers.getHeaderString(HTMX_REQUEST) != null;
    if (failure instanceof ConsoleAccess.SignInRequired) {
      // htmx follows a 303 inside the page; HX-Redirect makes it load the sign-in page instead.
      return fragment
          ? Response.status(Response.Status.UNAUTHORIZED).header("HX-Redirect", SIGN_IN).build()
          : Response.seeOther(URI.create(SIGN_IN)).build();
    }
    ProblemView problem = view(failure, uri);
    String html =
        fragment
            ? ConsoleTemplates.problem(problem).render()
            : ConsoleTemplates.error(null, problem).render();
    return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE).entity(html).build();
  }

  /**
   * The problem the API would answer for {@code failure}, for a page that shows it next to its form
   * (a send that failed, invalid fields) rather than instead of it.
   */
  ProblemView view(Throwable failure, UriInfo uri) {
    return ProblemView.of((Problem) problem(failure, uri).getEntity());
  }

  private Response problem(Throwable failure, UriInfo uri) {
    if (failure instanceof ConsoleAccess.CsrfRefused) {
      return ProblemResponses.of(ProblemCode.FORBIDDEN, failure.getMessage(), uri.getPath());
    }
    if (failure instanceof ConstraintViolationException invalid) {
      return problems.constraintViolations(invalid, uri); // a console form checked as the API's
    }
    if (failure instanceof GatewayException gateway) {
      return problems.gateway(gateway, uri);
    }
    if (failure instanceof WebApplicationException http) {
      return problems.http(http, uri);
    }
    return problems.unexpected(failure, uri);
  }
}
