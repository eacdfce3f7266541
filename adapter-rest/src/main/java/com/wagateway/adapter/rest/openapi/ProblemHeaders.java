package com.wagateway.adapter.rest.openapi;

import com.wagateway.adapter.rest.problem.ProblemCode;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/** The response headers that come with some problems, for the OpenAPI document. */
final class ProblemHeaders {
  private ProblemHeaders() {}

  static void add(ProblemCode code, APIResponse response) {
    if (code.saysWhenToRetry()) {
      response.addHeader(
          "Retry-After",
          OASFactory.createHeader()
              .description("Seconds to wait before trying again")
              .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
    }
    if (code == ProblemCode.UNAUTHENTICATED) {
      response.addHeader(
          "WWW-Authenticate",
          OASFactory.createHeader()
              .description("Bearer realm=\"wa-gateway\"")
              .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
    }
  }
}
