package com.wagateway.adapter.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wagateway.adapter.rest.observability.RequestIds;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document, with the gateway's stable {@code code} and context. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details; branch on `code`, not on text.")
public record Problem(
    @Schema(
            description = "URI identifying the problem type",
            example = "urn:wagateway:problem:validation-failed")
        String type,
    @Schema(
            description = "Short, human-readable summary of the problem type",
            example = "Validation failed")
        String title,
    @Schema(description = "HTTP status code", example = "400") int status,
    @Schema(
            description = "What went wrong with this request",
            example = "The request has 1 invalid field")
        String detail,
    @Schema(description = "The request path", example = "/v1/tenants/acme/messages/text")
        String instance,
    @Schema(description = "Stable, machine-readable code", example = "VALIDATION_FAILED")
        String code,
    @Schema(description = "The tenant involved, when known", example = "acme") String tenantId,
    @Schema(description = "The provider involved, when known", example = "whapi") String provider,
    @Schema(description = "Every invalid field (400 only)") List<Violation> violations,
    @Schema(
            description =
                "The request's id, as in the X-Request-Id response header; quote it when reporting"
                    + " a problem",
            example = "3f2a9c1e-7b4d-4e0a-9c55-0d1e2f3a4b5c")
        String requestId) {

  /** A problem about the request being handled, carrying its id. */
  public Problem(
      String type,
      String title,
      int status,
      String detail,
      String instance,
      String code,
      String tenantId,
      String provider,
      List<Violation> violations) {
    this(
        type,
        title,
        status,
        detail,
        instance,
        code,
        tenantId,
        provider,
        violations,
        RequestIds.current());
  }

  /** One invalid field and the rule it broke. */
  @Schema(name = "Violation")
  public record Violation(
      @Schema(example = "to") String field,
      @Schema(example = "must be an international phone number of 8 to 15 digits with country code")
          String message) {}
}
