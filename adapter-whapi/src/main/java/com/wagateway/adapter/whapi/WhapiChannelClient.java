package com.wagateway.adapter.whapi;

import com.wagateway.adapter.whapi.WhapiChannelMapper.WebhookTest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Whapi's {@code Channel} endpoints beyond health and settings (OpenAPI 1.8.7); answers are judged
 * by {@link WhapiApi}.
 */
@Path("/")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface WhapiChannelClient {
  String AUTH = WhapiClient.AUTH;

  @GET
  @Path("limits")
  Response limits(@HeaderParam(AUTH) String authorization);

  @GET
  @Path("settings/events")
  Response events(@HeaderParam(AUTH) String authorization);

  @POST
  @Path("settings/webhook_test")
  Response webhookTest(@HeaderParam(AUTH) String authorization, WebhookTest body);
}
