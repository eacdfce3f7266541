package com.wagateway.adapter.rest.profile;

import com.wagateway.application.profile.ManageProfile;
import com.wagateway.domain.model.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's WhatsApp settings. */
@Path("/v1/tenants/{tenantId}/settings")
@Tag(name = "Profile")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {
  private final ManageProfile profiles;

  public SettingsResource(ManageProfile profiles) {
    this.profiles = profiles;
  }

  @PUT
  @Path("/auto-read")
  @Operation(
      summary = "Turn auto-read on or off",
      description = "Whether incoming messages are marked as read automatically.")
  @RequestBody(
      content = @Content(examples = @ExampleObject(name = "on", value = "{\"enabled\": true}")))
  @APIResponse(responseCode = "204", description = "Setting changed")
  public void setAutoRead(
      @PathParam("tenantId") String tenantId, @Valid @NotNull AutoReadRequest body) {
    profiles.setAutoRead(new TenantId(tenantId), body.enabled());
  }
}
