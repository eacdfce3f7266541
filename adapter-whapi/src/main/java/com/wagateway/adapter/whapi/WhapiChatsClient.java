package com.wagateway.adapter.whapi;

import com.wagateway.adapter.whapi.WhapiChatMapper.Archive;
import com.wagateway.adapter.whapi.WhapiChatMapper.Settings;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Whapi's {@code Chats} endpoints (OpenAPI 1.8.7). Ids are path-encoded by the client; answers are
 * judged by {@link WhapiApi}.
 */
@Path("/chats")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface WhapiChatsClient {
  String AUTH = WhapiClient.AUTH;
  String ID = "ChatID";

  @GET
  Response list(
      @HeaderParam(AUTH) String authorization,
      @QueryParam("count") int count,
      @QueryParam("offset") int offset);

  @GET
  @Path("{ChatID}")
  Response get(@HeaderParam(AUTH) String authorization, @PathParam(ID) String chatId);

  /** archiveChat. */
  @POST
  @Path("{ChatID}")
  Response archive(
      @HeaderParam(AUTH) String authorization, @PathParam(ID) String chatId, Archive body);

  /** patchChat: one setting per request (pin, mute, unread mark or disappearing messages). */
  @PATCH
  @Path("{ChatID}")
  Response patch(
      @HeaderParam(AUTH) String authorization, @PathParam(ID) String chatId, Settings body);

  @DELETE
  @Path("{ChatID}")
  Response delete(@HeaderParam(AUTH) String authorization, @PathParam(ID) String chatId);
}
