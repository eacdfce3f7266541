package com.wagateway.adapter.whapi;

import com.wagateway.adapter.whapi.WhapiRichRequests.CreateEvent;
import com.wagateway.adapter.whapi.WhapiRichRequests.SenderCarousel;
import com.wagateway.adapter.whapi.WhapiRichRequests.SenderContactList;
import com.wagateway.adapter.whapi.WhapiRichRequests.SenderLiveLocation;
import com.wagateway.adapter.whapi.WhapiRichRequests.SenderMotion;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;

/**
 * The Whapi send endpoints added after the first thirteen types (OpenAPI 1.8.7): GIF, short video,
 * live location, contact list, carousel and event. Answers are judged by {@link WhapiApi}.
 */
@Path("/")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface WhapiRichSendsClient {
  String AUTH = WhapiClient.AUTH;

  @POST
  @Path("messages/gif")
  CompletionStage<Response> sendGif(@HeaderParam(AUTH) String authorization, SenderMotion body);

  /** sendMessageShort: a "PTV", the round video note. */
  @POST
  @Path("messages/short")
  CompletionStage<Response> sendShort(@HeaderParam(AUTH) String authorization, SenderMotion body);

  @POST
  @Path("messages/live_location")
  CompletionStage<Response> sendLiveLocation(
      @HeaderParam(AUTH) String authorization, SenderLiveLocation body);

  @POST
  @Path("messages/contact_list")
  CompletionStage<Response> sendContactList(
      @HeaderParam(AUTH) String authorization, SenderContactList body);

  @POST
  @Path("messages/carousel")
  CompletionStage<Response> sendCarousel(
      @HeaderParam(AUTH) String authorization, SenderCarousel body);

  /** createEvent: answers {@code ResponseSuccess}, without a message id. */
  @POST
  @Path("communities/event")
  CompletionStage<Response> createEvent(@HeaderParam(AUTH) String authorization, CreateEvent body);
}
