package com.wagateway.adapter.whapi;

import com.wagateway.adapter.whapi.WhapiProviderMessageMapper.Forward;
import com.wagateway.adapter.whapi.WhapiProviderMessageMapper.Pin;
import com.wagateway.adapter.whapi.WhapiProviderMessageMapper.Star;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Whapi's {@code Messages} endpoints that read the history and act on one message (OpenAPI 1.8.7);
 * the sends, mark read and delete stay in {@link WhapiClient}. Ids are path-encoded by the client;
 * answers are judged by {@link WhapiApi}. A {@code null} time is left out of the query.
 */
@Path("/messages")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface WhapiMessagesClient {
  String AUTH = WhapiClient.AUTH;
  String ID = "MessageID";

  /** getMessages: every chat. */
  @GET
  @Path("list")
  Response list(
      @HeaderParam(AUTH) String authorization,
      @QueryParam("count") int count,
      @QueryParam("offset") int offset,
      @QueryParam("time_from") Long timeFrom,
      @QueryParam("time_to") Long timeTo);

  /** getMessagesByChatID. */
  @GET
  @Path("list/{ChatID}")
  Response listChat(
      @HeaderParam(AUTH) String authorization,
      @PathParam("ChatID") String chatId,
      @QueryParam("count") int count,
      @QueryParam("offset") int offset,
      @QueryParam("time_from") Long timeFrom,
      @QueryParam("time_to") Long timeTo);

  @GET
  @Path("{MessageID}")
  Response get(@HeaderParam(AUTH) String authorization, @PathParam(ID) String messageId);

  /** forwardMessage. */
  @POST
  @Path("{MessageID}")
  Response forward(
      @HeaderParam(AUTH) String authorization, @PathParam(ID) String messageId, Forward body);

  @PUT
  @Path("{MessageID}/star")
  Response star(
      @HeaderParam(AUTH) String authorization, @PathParam(ID) String messageId, Star body);

  @POST
  @Path("{MessageID}/pin")
  Response pin(@HeaderParam(AUTH) String authorization, @PathParam(ID) String messageId, Pin body);

  @DELETE
  @Path("{MessageID}/pin")
  Response unpin(@HeaderParam(AUTH) String authorization, @PathParam(ID) String messageId);

  /** removeReactFromMessage. */
  @DELETE
  @Path("{MessageID}/reaction")
  Response removeReaction(@HeaderParam(AUTH) String authorization, @PathParam(ID) String messageId);
}
