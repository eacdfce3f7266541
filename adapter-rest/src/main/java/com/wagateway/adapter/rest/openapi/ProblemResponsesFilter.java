package com.wagateway.adapter.rest.openapi;

import com.wagateway.adapter.rest.problem.ProblemCode;
import com.wagateway.adapter.rest.problem.ProblemResponses;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents on every tenant operation the problem responses it can return, each with an example,
 * and the tenant path parameter, so Swagger UI is complete without repeating it on every method;
 * and adds the events posted to subscribers as {@code webhooks} ({@link EventWebhooks}).
 *
 * <p>Runs at build time, last ({@link #PRIORITY}: after the filters that add operations, such as
 * the Whapi routes'), so the document is complete when the jar is built: at run time it is served
 * as it was stored, with no filtering or serialising at start-up.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = ProblemResponsesFilter.PRIORITY)
public class ProblemResponsesFilter implements OASFilter {
  /** Lower than any other filter's (whose default is 1): filters with higher priority run first. */
  public static final int PRIORITY = 0;

  private static final Set<ProblemCode> EVERY_TENANT_CALL =
      EnumSet.of(
          ProblemCode.VALIDATION_FAILED,
          ProblemCode.UNAUTHENTICATED,
          ProblemCode.FORBIDDEN,
          ProblemCode.TENANT_NOT_FOUND,
          ProblemCode.RATE_LIMITED,
          ProblemCode.INTERNAL_ERROR,
          ProblemCode.CAPABILITY_NOT_SUPPORTED,
          ProblemCode.PROVIDER_ERROR,
          ProblemCode.PROVIDER_AUTH_FAILED,
          ProblemCode.PROVIDER_UNAVAILABLE,
          ProblemCode.PROVIDER_TIMEOUT);
  private static final Set<ProblemCode> ADMIN_CALL =
      EnumSet.of(
          ProblemCode.VALIDATION_FAILED,
          ProblemCode.UNAUTHENTICATED,
          ProblemCode.FORBIDDEN,
          ProblemCode.INTERNAL_ERROR);
  private static final Set<ProblemCode> WITH_BODY =
      EnumSet.of(
          ProblemCode.PAYLOAD_TOO_LARGE,
          ProblemCode.UNSUPPORTED_MEDIA_TYPE,
          ProblemCode.PROVIDER_REJECTED);

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    EventWebhooks.document(openAPI);
    if (openAPI.getPaths() == null) {
      return;
    }
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    for (ProblemCode code : ProblemCode.values()) {
      openAPI.getComponents().addExample(exampleName(code), example(code));
    }
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              if (path.startsWith("/v1/tenants/{tenantId}")) {
                item.getOperations().values().forEach(this::document);
              } else if (path.startsWith("/v1/admin/")) {
                item.getOperations().values().forEach(op -> documentAdmin(path, op));
              }
            });
  }

  private void document(Operation operation) {
    describeTenantParameter(operation);
    Set<ProblemCode> codes = EnumSet.copyOf(EVERY_TENANT_CALL);
    if (operation.getRequestBody() != null) {
      codes.addAll(WITH_BODY);
    }
    if ("qr".equals(operation.getOperationId())
        || "addGroupParticipants".equals(operation.getOperationId())) {
      codes.add(ProblemCode.INSTANCE_STATE_CONFLICT);
    }
    if (hasParameter(operation, "Idempotency-Key")) { // the sends: recorded, so may be refused
      codes.add(ProblemCode.IDEMPOTENCY_KEY_IN_PROGRESS);
      codes.add(ProblemCode.IDEMPOTENCY_KEY_REUSED);
      codes.add(ProblemCode.GATEWAY_OVERLOADED);
    }
    if (hasParameter(operation, "messageId") || hasParameter(operation, "mediaId")) {
      codes.add(ProblemCode.NOT_FOUND);
    }
    if (hasParameter(operation, "groupId")
        || hasParameter(operation, "inviteCode")
        || hasParameter(operation, "labelId")) {
      // The provider may not know the group, code or label, or refuse a tenant that is no admin
      // there.
      codes.add(ProblemCode.NOT_FOUND);
      codes.add(ProblemCode.PROVIDER_REJECTED);
    }
    addAll(operation, codes);
  }

  private static void addAll(Operation operation, Set<ProblemCode> codes) {
    codes.stream()
        .collect(Collectors.groupingBy(ProblemCode::status, TreeMap::new, Collectors.toList()))
        .forEach(
            (status, group) -> group.forEach(code -> addProblem(operation, code, group.size())));
    sortResponses(operation);
  }

  private void documentAdmin(String path, Operation operation) {
    Set<ProblemCode> codes = EnumSet.copyOf(ADMIN_CALL);
    if (operation.getRequestBody() != null) {
      codes.add(ProblemCode.PAYLOAD_TOO_LARGE);
      codes.add(ProblemCode.UNSUPPORTED_MEDIA_TYPE);
    }
    if (path.contains("{tenantId}")) {
      codes.add(ProblemCode.TENANT_NOT_FOUND);
    }
    if ("createTenant".equals(operation.getOperationId())) {
      codes.add(ProblemCode.TENANT_ALREADY_EXISTS);
    }
    addAll(operation, codes);
  }

  private static boolean hasParameter(Operation operation, String name) {
    return operation.getParameters() != null
        && operation.getParameters().stream().anyMatch(p -> name.equals(p.getName()));
  }

  private static void describeTenantParameter(Operation operation) {
    if (operation.getParameters() == null) {
      return;
    }
    for (Parameter parameter : operation.getParameters()) {
      if ("tenantId".equals(parameter.getName())) {
        parameter.description("The tenant (WhatsApp number) to act for").example("acme");
      }
      if ("Idempotency-Key".equals(parameter.getName())) {
        parameter.description(
            "Any unique string (a UUID, an order id). A repeat with the same key and body within"
                + " 24 h returns the first answer without sending again; the same key with another"
                + " body answers 422. A failed send frees its key.");
      }
    }
  }

  private static void addProblem(Operation operation, ProblemCode code, int sharing) {
    String status = String.valueOf(code.status());
    APIResponse response = operation.getResponses().getAPIResponse(status);
    if (response == null) {
      response = OASFactory.createAPIResponse().description(code.title());
      operation.getResponses().addAPIResponse(status, response);
      ProblemHeaders.add(code, response);
    } else if (sharing > 1 && !response.getDescription().contains(code.title())) {
      response.description(response.getDescription() + " / " + code.title());
    }
    if (response.getContent() == null) {
      response.setContent(OASFactory.createContent());
    }
    MediaType problem = response.getContent().getMediaType(ProblemResponses.PROBLEM_JSON);
    if (problem == null) {
      problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"));
      response.getContent().addMediaType(ProblemResponses.PROBLEM_JSON, problem);
    }
    problem.addExample(code.name(), OASFactory.createExample().ref(exampleName(code)));
  }

  /**
   * Each problem's example is written once, under {@code components/examples}, and referenced by
   * the operations: inlined, the same examples made half of the document's 2.9 MB, which the
   * gateway reads, and serialises as JSON and YAML, at every start.
   */
  private static String exampleName(ProblemCode code) {
    return "Problem." + code.name();
  }

  private static void sortResponses(Operation operation) {
    Map<String, APIResponse> sorted = new TreeMap<>(operation.getResponses().getAPIResponses());
    sorted.keySet().forEach(operation.getResponses()::removeAPIResponse);
    sorted.forEach(operation.getResponses()::addAPIResponse);
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
                "instance", "/v1/tenants/acme/messages/text"));
  }
}
