package com.wagateway.adapter.apiwhatsappweb;

import com.wagateway.adapter.apiwhatsappweb.ConfigBodies.AutoReadRequest;
import com.wagateway.adapter.apiwhatsappweb.ConfigBodies.ConfigResponse;
import com.wagateway.adapter.apiwhatsappweb.ConfigBodies.DescriptionRequest;
import com.wagateway.adapter.apiwhatsappweb.ConfigBodies.NameRequest;
import com.wagateway.adapter.apiwhatsappweb.ConfigBodies.PictureRequest;
import com.wagateway.adapter.apiwhatsappweb.ConfigBodies.QrResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;

/** The documented configuration API on the config host; every call names key and instance. */
@Path("/api/config")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface ApiWhatsAppWebConfigApi {

  String JSON = MediaType.APPLICATION_JSON;

  @PUT
  @Path("/image")
  ConfigResponse picture(
      @HeaderParam("apiKey") String apiKey, @HeaderParam("id") String id, PictureRequest body);

  @POST
  @Path("/automatic")
  ConfigResponse autoRead(
      @HeaderParam("apiKey") String apiKey, @HeaderParam("id") String id, AutoReadRequest body);

  @POST
  @Path("/name")
  ConfigResponse name(
      @HeaderParam("apiKey") String apiKey, @HeaderParam("id") String id, NameRequest body);

  @POST
  @Path("/description")
  ConfigResponse description(
      @HeaderParam("apiKey") String apiKey, @HeaderParam("id") String id, DescriptionRequest body);

  // The provider asks for Content-Type on every request, even these that carry no body.
  @POST
  @Path("/status")
  @ClientHeaderParam(name = "Content-Type", value = JSON)
  ConfigResponse status(@HeaderParam("apiKey") String apiKey, @HeaderParam("id") String id);

  @POST
  @Path("/qr")
  @ClientHeaderParam(name = "Content-Type", value = JSON)
  QrResponse qr(@HeaderParam("apiKey") String apiKey, @HeaderParam("id") String id);

  @POST
  @Path("/disconnect")
  @ClientHeaderParam(name = "Content-Type", value = JSON)
  ConfigResponse disconnect(@HeaderParam("apiKey") String apiKey, @HeaderParam("id") String id);
}
