package com.wagateway.adapter.rest.admin;

import com.wagateway.application.admin.CreatedTenant;
import com.wagateway.application.admin.TenantAdministration;
import com.wagateway.application.paging.Page;
import com.wagateway.application.webhook.WebhookEndpoints;
import com.wagateway.application.webhook.WebhookRoutes;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.Tenant;
import com.wagateway.domain.model.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The operator's view of tenants: admin key only. Changes apply to the very next request. */
@Path("/v1/admin/tenants")
@Tag(name = "Admin: tenants")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminTenantsResource {
  /** Who the audit trail names for every change made with the admin key, API or console. */
  public static final String ACTOR = "admin";

  private final TenantAdministration admin;
  private final WebhookEndpoints webhooks;

  public AdminTenantsResource(TenantAdministration admin, WebhookEndpoints webhooks) {
    this.admin = admin;
    this.webhooks = webhooks;
  }

  @GET
  @Path("/{tenantId}/webhooks")
  @Operation(
      summary = "Webhook endpoints of a tenant",
      description =
          "The paths (relative to the gateway's public URL) and the secret each provider"
              + " must use to deliver webhooks; the secret is derived from the master key.")
  public WebhookSetup webhookSetup(@PathParam("tenantId") String tenantId) {
    TenantId tenant = new TenantId(tenantId);
    String secret = webhooks.secretOf(tenant);
    return new WebhookSetup(
        WebhookRoutes.pathOf(ProviderId.WHAPI, tenant, secret),
        WebhookRoutes.SECRET_HEADER,
        secret,
        WebhookRoutes.pathOf(ProviderId.APIWHATSAPPWEB, tenant, secret));
  }

  @POST
  @Operation(
      summary = "Create a tenant",
      description =
          "Registers a WhatsApp number on a provider and issues its caller key, returned only in this response.")
  @RequestBody(
      content =
          @Content(examples = @ExampleObject(name = "on Whapi", value = AdminExamples.CREATE)))
  @APIResponse(
      responseCode = "201",
      description = "Created; `apiKey` is shown only now",
      content = @Content(schema = @Schema(implementation = IssuedKeyResponse.class)))
  public Response createTenant(@Valid @NotNull CreateTenantRequest body) {
    CreatedTenant created = admin.create(ACTOR, new TenantId(body.id()), body.toCredentials());
    return Response.created(URI.create("/v1/admin/tenants/" + body.id()))
        .entity(new IssuedKeyResponse(TenantView.of(created.tenant()), created.apiKey().reveal()))
        .build();
  }

  @GET
  @Operation(
      summary = "List tenants",
      description = "Tenants by id, a page at a time; pass `nextCursor` back as `cursor`.")
  public PageResponse<TenantView> listTenants(
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(TenantAdministration.MAX_PAGE)
          int limit) {
    Page<Tenant> page = admin.list(cursor, limit);
    return new PageResponse<>(
        page.items().stream().map(TenantView::of).toList(), page.nextCursor());
  }

  @GET
  @Path("/{tenantId}")
  @Operation(summary = "Read a tenant", description = "Its provider and masked credentials.")
  public TenantView getTenant(@PathParam("tenantId") String tenantId) {
    return TenantView.of(admin.get(new TenantId(tenantId)));
  }

  @PATCH
  @Path("/{tenantId}")
  @Operation(
      summary = "Update the credentials",
      description =
          "New credentials for the provider the tenant is on (to move it, change the provider).")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "new Whapi token",
                      value = "{\"whapi\": {\"token\": \"<new-whapi-token>\"}}")))
  public TenantView updateCredentials(
      @PathParam("tenantId") String tenantId, @Valid @NotNull CredentialsRequest body) {
    TenantId id = new TenantId(tenantId);
    return TenantView.of(
        admin.updateCredentials(ACTOR, id, body.toCredentials(body.givenProvider())));
  }

  @PUT
  @Path("/{tenantId}/provider")
  @Operation(
      summary = "Change the provider",
      description =
          "Moves the tenant to a provider with its credentials there. The very next request goes to the new provider; requests already under way finish on the old one.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(name = "to API WhatsApp Web", value = AdminExamples.SWITCH)))
  public TenantView changeProvider(
      @PathParam("tenantId") String tenantId, @Valid @NotNull ChangeProviderRequest body) {
    return TenantView.of(
        admin.changeCredentials(ACTOR, new TenantId(tenantId), body.toCredentials()));
  }

  @POST
  @Path("/{tenantId}/api-key")
  @Operation(
      summary = "Rotate the caller key",
      description =
          "Issues a new caller key, shown only in this response; the old key stops working at once.")
  public IssuedKeyResponse rotateApiKey(@PathParam("tenantId") String tenantId) {
    TenantId id = new TenantId(tenantId);
    String key = admin.rotateApiKey(ACTOR, id).reveal();
    return new IssuedKeyResponse(TenantView.of(admin.get(id)), key);
  }

  @DELETE
  @Path("/{tenantId}")
  @Operation(
      summary = "Delete a tenant",
      description = "Its key stops working at once; its audit trail stays.")
  @APIResponse(responseCode = "204", description = "Deleted")
  public void deleteTenant(@PathParam("tenantId") String tenantId) {
    admin.delete(ACTOR, new TenantId(tenantId));
  }
}
