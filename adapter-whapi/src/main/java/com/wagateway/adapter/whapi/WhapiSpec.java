package com.wagateway.adapter.whapi;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.interaction.ApiOperationResolver;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.wagateway.domain.error.ForbiddenException;
import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.error.ResourceNotFoundException;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.providerapi.ProviderOperation;
import com.wagateway.domain.providerapi.ProviderRequest;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Whapi's API as its OpenAPI documents describe it, bundled in the build: which operation a request
 * names, and whether the request keeps to that operation's parameters and body. A new spec version
 * is a new file named in {@link WhapiDocuments#OPENAPI}. Operations listed in {@link
 * WhapiDocuments#UNIFIED} are offered by the unified API and refused here; those in {@link
 * WhapiDocuments#REFUSED} are refused outright.
 */
final class WhapiSpec {
  private final List<Document> documents;
  private final Set<String> unified;

  private WhapiSpec(List<Document> documents, Set<String> unified) {
    this.documents = documents;
    this.unified = unified;
  }

  /** Parses the bundled documents; slow (seconds), so done once. */
  static WhapiSpec load() {
    return new WhapiSpec(
        WhapiDocuments.OPENAPI.stream().map(Document::load).toList(),
        WhapiDocuments.unifiedOperations());
  }

  /**
   * The operation {@code request} names, once checked against its description.
   *
   * @throws ResourceNotFoundException no such operation, or the unified API offers it
   * @throws ForbiddenException an operation the gateway refuses ({@link WhapiDocuments#REFUSED})
   * @throws InvalidValueException naming the first field that breaks the description
   */
  ProviderOperation resolve(TenantId tenant, ProviderRequest request) {
    String path = decodedPath(tenant, request);
    for (Document document : documents) {
      ApiOperationMatch match = document.resolver.findApiOperation(path, method(request));
      if (match.isPathFound() && match.isOperationAllowed()) {
        ProviderOperation operation =
            new ProviderOperation(
                request.method(), match.getApiOperation().getApiPath().original());
        refuseUnified(tenant, operation);
        refuseListed(tenant, operation);
        WhapiSpecViolations.first(document.validator.validateRequest(toRequest(path, request)))
            .ifPresent(
                violation -> {
                  throw violation;
                });
        return operation;
      }
    }
    throw new ResourceNotFoundException(
        tenant, "Whapi operation '" + request.method() + " " + path + "'");
  }

  private void refuseUnified(TenantId tenant, ProviderOperation operation) {
    if (unified.contains(operation.toString())) {
      throw ResourceNotFoundException.because(
          tenant,
          "Whapi's '"
              + operation
              + "' is offered by the gateway's unified API (see /q/swagger-ui), not as a"
              + " provider-specific operation");
    }
  }

  private static void refuseListed(TenantId tenant, ProviderOperation operation) {
    String reason = WhapiDocuments.REFUSED.get(operation.toString());
    if (reason != null) {
      throw new ForbiddenException(
          tenant, "The gateway refuses Whapi's '" + operation + "': " + reason);
    }
  }

  /**
   * The path with each segment decoded; a segment that would climb out of the API or split into two
   * ({@code ..}, an encoded {@code /}) names no operation.
   */
  private static String decodedPath(TenantId tenant, ProviderRequest request) {
    List<String> segments =
        Arrays.stream(request.path().split("/", -1))
            .map(segment -> URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8))
            .toList();
    boolean unsafe =
        segments.stream()
            .anyMatch(s -> s.equals(".") || s.equals("..") || s.contains("/") || s.contains("\\"));
    if (unsafe) {
      throw new ResourceNotFoundException(tenant, "Whapi operation '" + request.path() + "'");
    }
    return String.join("/", segments);
  }

  private static Request.Method method(ProviderRequest request) {
    return Request.Method.valueOf(request.method().name());
  }

  private static Request toRequest(String path, ProviderRequest request) {
    var builder = new SimpleRequest.Builder(request.method().name(), path);
    request.query().forEach(builder::withQueryParam);
    if (request.contentType() != null) {
      builder.withContentType(request.contentType());
    }
    if (request.hasBody()) {
      builder.withBody(request.body());
    }
    return builder.build();
  }

  /** One bundled document: how it matches paths to operations, and how it checks requests. */
  private record Document(ApiOperationResolver resolver, OpenApiInteractionValidator validator) {
    /**
     * Parsed from the file's text, read through this module's class loader: the parser's own
     * look-up by name uses another loader, which does not see the module's resources in dev mode.
     */
    static Document load(String name) {
      String text = WhapiDocuments.text(name);
      var api = new OpenAPIV3Parser().readContents(text).getOpenAPI();
      if (api == null) {
        throw new IllegalStateException(name + " is not an OpenAPI 3 document");
      }
      OpenApiInteractionValidator validator =
          OpenApiInteractionValidator.createForInlineApiSpecification(text)
              // Merges each allOf into one schema, so that undeclared (e.g. misspelled) fields
              // fail.
              .withResolveCombinators(true)
              // The gateway adds the tenant's token after the check.
              .withLevelResolver(
                  LevelResolver.create()
                      .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                      .build())
              .build();
      return new Document(new ApiOperationResolver(api, null, false), validator);
    }
  }
}
