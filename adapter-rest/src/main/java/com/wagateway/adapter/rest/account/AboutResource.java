package com.wagateway.adapter.rest.account;

import com.wagateway.adapter.rest.account.AccountViews.AboutRequest;
import com.wagateway.application.account.ManageAccount;
import com.wagateway.domain.model.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The account's "About" text, next to the profile (whose name and description stay there). */
@Path("/v1/tenants/{tenantId}/profile")
@Tag(name = "Profile")
public class AboutResource {
  private final ManageAccount accounts;

  public AboutResource(ManageAccount accounts) {
    this.accounts = accounts;
  }

  @PUT
  @Path("/about")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change the About text",
      description = "The short text WhatsApp shows under the name. Whapi: `PUT /status`.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "office hours",
                      value = "{\"about\": \"We answer Monday to Friday, 8-18h\"}")))
  @APIResponse(responseCode = "204", description = "Changed")
  public void changeAbout(
      @PathParam("tenantId") String tenantId, @Valid @NotNull AboutRequest body) {
    accounts.setAbout(new TenantId(tenantId), body.about());
  }
}
