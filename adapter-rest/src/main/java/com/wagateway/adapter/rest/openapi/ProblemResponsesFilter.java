package com.wagateway.adapter.rest.openapi;

import com.wagateway.adapter.rest.problem.ProblemCode;
import com.wagateway.adapter.rest.problem.ProblemResponses;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents on every tenant operation the problem responses it can return, with an example of each,
 * so the statuses in Swagger UI are complete without repeating them on every method.
 */
public class ProblemResponsesFilter implements OASFilter {
  private static final Set<ProblemCode> EVERY_TENANT_CALL =
      EnumSet.of(
          ProblemCode.UNAUTHENTICATED,
          ProblemCode.FORBIDDEN,
          ProblemCode.TENANT_NOT_FOUND,
          ProblemCode.INTERNAL_ERROR,
          ProblemCode.CAPABILITY_NOT_SUPPORTED,
          ProblemCode.PROVIDER_ERROR,
          ProblemCode.PROVIDER_AUTH_FAILED,
          ProblemCode.PROVIDER_UNAVAILABLE,
          ProblemCode.PROVIDER_TIMEOUT,
          ProblemCode.RATE_LIMITED,
          ProblemCode.VALIDATION_FAILED);
  private static final Set<ProblemCode> WITH_BODY =
      EnumSet.of(
          ProblemCode.PAYLOAD_TOO_LARGE,
          ProblemCode.UNSUPPORTED_MEDIA_TYPE,
          ProblemCode.PROVIDER_REJECTED);

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null) {
      return;
    }
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              if (path.startsWith("/v1/tenants/{tenantId}")) {
                item.getOperations().forEach((method, operation) -> document(method, operation));
              }
            });
  }

  private void document(PathItem.HttpMethod method, Operation operation) {
    Set<ProblemCode> codes = EnumSet.copyOf(EVERY_TENANT_CALL);
    if (operation.getRequestBody() != null) {
      codes.addAll(WITH_BODY);
    }
    if (operation.getOperationId() != null && operation.getOperationId().contains("qr")) {
      codes.add(ProblemCode.INSTANCE_STATE_CONFLICT);
    }
    for (ProblemCode code : codes) {
      String status = String.valueOf(code.status());
      APIResponse response = operation.getResponses().getAPIResponse(status);
      if (response == null) {
        response = OASFactory.createAPIResponse().description(code.title());
        operation.getResponses().addAPIResponse(status, response);
      }
      if (response.getContent() == null) {
        response.setContent(OASFactory.createContent());
      }
      MediaType problem = response.getContent().getMediaType(ProblemResponses.PROBLEM_JSON);
      if (problem == null) {
        problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"));
        response.getContent().addMediaType(ProblemResponses.PROBLEM_JSON, problem);
      }
      problem.addExample(code.name(), example(code));
    }
  }

  private static Example example(ProblemCode code) {
    return OASFactory.createExample()
        .summary(code.title())
        .value(
            Map.of(
                "type", code.type(),
                "title", code.title(),
                "status", code.status(),
                "code", code.name(),
                "detail", ProblemExamples.detail(code),
                "instance", "/v1/tenants/acme/..."));
  }
}
