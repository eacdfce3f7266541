package com.wagateway.adapter.apiwhatsappweb;

import com.wagateway.adapter.apiwhatsappweb.SendBodies.SendRequest;
import com.wagateway.adapter.apiwhatsappweb.SendBodies.SendResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;

/**
 * The send API on the send host; the path is a parameter because most send paths are assumed. A
 * send answers as a stage, so no thread waits while a message is in flight.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface ApiWhatsAppWebSendApi {

  /**
   * {@code path} is relative to the base URL, e.g. {@code api/text}; {@code @Encoded} keeps '/'.
   */
  @POST
  @Path("{path}")
  CompletionStage<SendResponse> send(
      @HeaderParam("apiKey") String apiKey,
      @HeaderParam("id") String id,
      @PathParam("path") @Encoded String path,
      SendRequest body);
}
