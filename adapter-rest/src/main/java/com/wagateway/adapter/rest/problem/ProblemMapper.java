package com.wagateway.adapter.rest.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.wagateway.domain.error.GatewayException;
import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.error.ProviderException;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.TenantId;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become RFC 9457 problems. Nothing else builds error responses, and
 * nothing here echoes a stack trace, a class name or a credential.
 */
public class ProblemMapper {
  private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

  @ServerExceptionMapper
  public Response gateway(GatewayException e, UriInfo uri) {
    ProblemCode code = ProblemCode.of(e.code());
    String path = uri.getPath();
    if (e instanceof InvalidValueException invalid) {
      return ProblemResponses.validation(
          List.of(new Problem.Violation(invalid.field(), invalid.reason())), path);
    }
    Duration retryAfter = e.retryAfter().orElse(null);
    if (e instanceof ProviderException provider) {
      LOG.warnf(
          "Provider call failed: code=%s tenant=%s provider=%s providerStatus=%s",
          e.code(),
          e.tenantId().map(TenantId::value).orElse("-"),
          e.provider().map(ProviderId::key).orElse("-"),
          provider.providerStatus().map(String::valueOf).orElse("-"));
    }
    return ProblemResponses.of(
        code,
        e.getMessage(),
        path,
        e.tenantId().map(TenantId::value).orElse(null),
        e.provider().map(ProviderId::key).orElse(null),
        null,
        retryAfter);
  }

  @ServerExceptionMapper
  public Response invalidFields(ValidationFailedException e, UriInfo uri) {
    return ProblemResponses.validation(e.violations(), uri.getPath());
  }

  @ServerExceptionMapper
  public Response constraintViolations(ConstraintViolationException e, UriInfo uri) {
    return ProblemResponses.validation(Violations.of(e), uri.getPath());
  }

  @ServerExceptionMapper
  public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
    return ProblemResponses.validation(List.of(Violations.of(e)), uri.getPath());
  }

  /** Declared for the exact type so it wins over Quarkus' built-in mapper, which has no body. */
  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
  public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
    return unreadableJson(e, uri);
  }

  @ServerExceptionMapper
  public Response http(WebApplicationException e, UriInfo uri) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonProcessingException json) {
        return unreadableJson(json, uri); // the JSON reader wraps its failures
      }
    }
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return unexpected(e, uri);
    }
    ProblemCode code = HttpProblems.codeFor(status);
    return ProblemResponses.of(code, HttpProblems.detailFor(code), uri.getPath());
  }

  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
  public Response unexpected(Throwable e, UriInfo uri) {
    if (clientWentAway(e)) {
      // The caller closed the connection while its body was being read: nobody is left to
      // answer and nothing failed on our side.
      LOG.debugf("Client closed the connection on %s", uri.getPath());
    } else {
      LOG.errorf(e, "Unexpected failure on %s", uri.getPath());
    }
    return ProblemResponses.of(
        ProblemCode.INTERNAL_ERROR,
        "The gateway failed unexpectedly; the failure has been logged",
        uri.getPath());
  }

  private static boolean clientWentAway(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.nio.channels.ClosedChannelException
          || cause.getClass().getSimpleName().equals("HttpClosedException")) {
        return true;
      }
    }
    return false;
  }
}
