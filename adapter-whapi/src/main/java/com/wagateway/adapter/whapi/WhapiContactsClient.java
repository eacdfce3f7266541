package com.wagateway.adapter.whapi;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Whapi's {@code Contacts} reads and {@code Blacklist} endpoints (OpenAPI 1.8.7). Ids are
 * path-encoded by the client, never spliced in as they are; answers are judged by {@link WhapiApi}.
 */
@Path("/")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface WhapiContactsClient {
  String AUTH = WhapiClient.AUTH;

  @GET
  @Path("contacts")
  Response contacts(
      @HeaderParam(AUTH) String authorization,
      @QueryParam("count") int count,
      @QueryParam("offset") int offset);

  @GET
  @Path("contacts/{ContactID}")
  Response contact(@HeaderParam(AUTH) String authorization, @PathParam("ContactID") String id);

  @GET
  @Path("contacts/{ContactID}/profile")
  Response profile(@HeaderParam(AUTH) String authorization, @PathParam("ContactID") String id);

  @GET
  @Path("contacts/lids/{ContactID}")
  Response lid(@HeaderParam(AUTH) String authorization, @PathParam("ContactID") String id);

  @GET
  @Path("blacklist")
  Response blacklist(@HeaderParam(AUTH) String authorization);

  @PUT
  @Path("blacklist/{ContactID}")
  Response block(@HeaderParam(AUTH) String authorization, @PathParam("ContactID") String id);

  @DELETE
  @Path("blacklist/{ContactID}")
  Response unblock(@HeaderParam(AUTH) String authorization, @PathParam("ContactID") String id);
}
