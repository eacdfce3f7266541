package com.wagateway.adapter.rest.providerapi;

import com.wagateway.application.providerapi.CallProviderApi;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.providerapi.ProviderReply;
import com.wagateway.domain.providerapi.ProviderRequest;
import com.wagateway.domain.providerapi.ProviderRequest.HttpMethod;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Whapi's own API for tenants on Whapi, one route per HTTP method for every path below {@code
 * /whapi/}. Hidden from the generated document: the operations are documented one by one from
 * Whapi's OpenAPI document instead (see {@code WhapiOperationsFilter}).
 */
@Path("/v1/tenants/{tenantId}/whapi/{path: .+}")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.WILDCARD)
public class WhapiOperationsResource {
  private final CallProviderApi calls;

  public WhapiOperationsResource(CallProviderApi calls) {
    this.calls = calls;
  }

  @GET
  @Operation(hidden = true)
  public Response get(
      @PathParam("tenantId") String tenantId,
      @Encoded @PathParam("path") String path,
      @Context UriInfo uri) {
    return call(tenantId, HttpMethod.GET, path, uri, null, null);
  }

  @HEAD
  @Operation(hidden = true)
  public Response head(
      @PathParam("tenantId") String tenantId,
      @Encoded @PathParam("path") String path,
      @Context UriInfo uri) {
    return call(tenantId, HttpMethod.HEAD, path, uri, null, null);
  }

  @POST
  @Operation(hidden = true)
  public Response post(
      @PathParam("tenantId") String tenantId,
      @Encoded @PathParam("path") String path,
      @Context UriInfo uri,
      @Context HttpHeaders headers,
      byte[] body) {
    return call(tenantId, HttpMethod.POST, path, uri, headers, body);
  }

  @PUT
  @Operation(hidden = true)
  public Response put(
      @PathParam("tenantId") String tenantId,
      @Encoded @PathParam("path") String path,
      @Context UriInfo uri,
      @Context HttpHeaders headers,
      byte[] body) {
    return call(tenantId, HttpMethod.PUT, path, uri, headers, body);
  }

  @PATCH
  @Operation(hidden = true)
  public Response patch(
      @PathParam("tenantId") String tenantId,
      @Encoded @PathParam("path") String path,
      @Context UriInfo uri,
      @Context HttpHeaders headers,
      byte[] body) {
    return call(tenantId, HttpMethod.PATCH, path, uri, headers, body);
  }

  @DELETE
  @Operation(hidden = true)
  public Response delete(
      @PathParam("tenantId") String tenantId,
      @Encoded @PathParam("path") String path,
      @Context UriInfo uri,
      @Context HttpHeaders headers,
      byte[] body) {
    return call(tenantId, HttpMethod.DELETE, path, uri, headers, body);
  }

  private Response call(
      String tenantId,
      HttpMethod method,
      String path,
      UriInfo uri,
      HttpHeaders headers,
      byte[] body) {
    Map<String, List<String>> query = new LinkedHashMap<>(uri.getQueryParameters());
    String contentType =
        headers == null || body == null || body.length == 0
            ? null
            : headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
    ProviderReply reply =
        calls.call(
            new TenantId(tenantId),
            ProviderId.WHAPI,
            new ProviderRequest(method, "/" + path, query, contentType, body));
    Response.ResponseBuilder answer = Response.status(reply.status());
    if (reply.body().length > 0) {
      answer.entity(reply.body());
    }
    if (reply.contentType() != null) {
      answer.type(reply.contentType());
    }
    return answer.build();
  }
}
