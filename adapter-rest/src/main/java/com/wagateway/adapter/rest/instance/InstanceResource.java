package com.wagateway.adapter.rest.instance;

import com.wagateway.application.instance.ManageInstance;
import com.wagateway.domain.model.TenantId;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's WhatsApp session: its state, the QR code to link it, and logout. */
@Path("/v1/tenants/{tenantId}/instance")
@Tag(name = "Instance")
public class InstanceResource {
  private static final String PNG = "image/png";
  private final ManageInstance instances;

  public InstanceResource(ManageInstance instances) {
    this.instances = instances;
  }

  @GET
  @Path("/status")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Read the connection state",
      description =
          "The unified state (see the README's mapping table) and the provider's own word for it.")
  public InstanceStatusResponse status(@PathParam("tenantId") String tenantId) {
    return InstanceStatusResponse.of(instances.status(new TenantId(tenantId)));
  }

  @GET
  @Path("/qr")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Get the login QR code",
      description =
          "A QR code to scan with WhatsApp on the phone, as base64 PNG in JSON; send"
              + " `Accept: image/png` to get the image itself. 409 when the number is already linked.")
  @APIResponse(
      responseCode = "200",
      description = "The QR code",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = QrResponse.class)),
        @Content(
            mediaType = PNG,
            schema =
                @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary"))
      })
  @APIResponse(responseCode = "409", description = "Already connected: no QR code to scan")
  public QrResponse qr(@PathParam("tenantId") String tenantId) {
    return QrResponse.of(instances.qr(new TenantId(tenantId)));
  }

  @GET
  @Path("/qr")
  @Produces(PNG)
  @Operation(hidden = true)
  public byte[] qrImage(@PathParam("tenantId") String tenantId) {
    return instances.qr(new TenantId(tenantId)).png();
  }

  @POST
  @Path("/logout")
  @Operation(
      summary = "Log out",
      description = "Ends the WhatsApp session; the number must be linked again with a QR code.")
  @APIResponse(responseCode = "204", description = "Logged out (also when it already was)")
  public void logout(@PathParam("tenantId") String tenantId) {
    instances.logout(new TenantId(tenantId));
  }
}
