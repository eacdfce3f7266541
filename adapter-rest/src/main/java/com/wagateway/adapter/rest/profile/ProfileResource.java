package com.wagateway.adapter.rest.profile;

import com.wagateway.application.profile.ManageProfile;
import com.wagateway.domain.model.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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

/** The tenant's WhatsApp business profile. */
@Path("/v1/tenants/{tenantId}/profile")
@Tag(name = "Profile")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {
  private final ManageProfile profiles;

  public ProfileResource(ManageProfile profiles) {
    this.profiles = profiles;
  }

  @GET
  @Operation(
      summary = "Read the profile",
      description = "The name, description and picture URL WhatsApp shows for this number.")
  public ProfileResponse read(@PathParam("tenantId") String tenantId) {
    return ProfileResponse.of(profiles.read(new TenantId(tenantId)));
  }

  @PATCH
  @Operation(
      summary = "Change name and/or description",
      description = "Changes only the fields given.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "both",
                      value =
                          "{\"name\": \"ACME Support\", \"description\": \"We answer Monday to Friday, 8-18h\"}")))
  @APIResponse(responseCode = "204", description = "Profile changed")
  public void update(
      @PathParam("tenantId") String tenantId, @Valid @NotNull ProfileUpdateRequest body) {
    profiles.update(new TenantId(tenantId), body.toUpdate());
  }

  @PUT
  @Path("/picture")
  @Operation(
      summary = "Change the profile picture",
      description = "From a public URL or inline base64 image.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "from a URL",
                      value = "{\"url\": \"https://cdn.example.com/logo.png\"}")))
  @APIResponse(responseCode = "204", description = "Picture changed")
  public void changePicture(
      @PathParam("tenantId") String tenantId, @Valid @NotNull PictureRequest body) {
    profiles.changePicture(new TenantId(tenantId), body.toPicture());
  }
}
