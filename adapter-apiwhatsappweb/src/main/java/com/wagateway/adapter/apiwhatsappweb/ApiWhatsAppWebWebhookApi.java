package com.wagateway.adapter.apiwhatsappweb;

import com.wagateway.adapter.apiwhatsappweb.ConfigBodies.ConfigResponse;
import com.wagateway.adapter.apiwhatsappweb.ConfigBodies.WebhookUrlRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Sets a webhook kind's URL on the config host; the path is a parameter because all but "sent" are
 * assumed ({@link ApiWhatsAppWebSettings.WebhookPaths}).
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface ApiWhatsAppWebWebhookApi {

  /** {@code path} is relative to the base URL, e.g. {@code /api/config/sent}. */
  @PUT
  @Path("{path}")
  ConfigResponse register(
      @HeaderParam("apiKey") String apiKey,
      @HeaderParam("id") String id,
      @PathParam("path") @Encoded String path,
      WebhookUrlRequest body);
}
