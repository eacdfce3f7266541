package com.wagateway.adapter.whapi;

import com.wagateway.adapter.whapi.WhapiPresenceMapper.MePresence;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Whapi's {@code Presences} endpoints (OpenAPI 1.8.7) but {@code PUT /presences/{EntryID}} (typing,
 * recording), which {@link WhapiClient} sends for the conversation actions.
 */
@Path("/presences")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface WhapiPresencesClient {
  String AUTH = WhapiClient.AUTH;
  String ID = "EntryID";

  /** sendMePresence. */
  @PUT
  @Path("me")
  Response setOwn(@HeaderParam(AUTH) String authorization, MePresence body);

  /** getPresence. */
  @GET
  @Path("{EntryID}")
  Response get(@HeaderParam(AUTH) String authorization, @PathParam(ID) String entryId);

  /** subscribePresence: no body. */
  @POST
  @Path("{EntryID}")
  Response subscribe(@HeaderParam(AUTH) String authorization, @PathParam(ID) String entryId);
}
