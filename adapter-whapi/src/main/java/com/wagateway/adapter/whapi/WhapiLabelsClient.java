package com.wagateway.adapter.whapi;

import com.wagateway.adapter.whapi.WhapiLabelMapper.CreateLabel;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Whapi's {@code Labels} endpoints (OpenAPI 1.8.7). Ids are path-encoded by the client, never
 * spliced in as they are; answers are judged by {@link WhapiApi}.
 */
@Path("/labels")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface WhapiLabelsClient {
  String AUTH = WhapiClient.AUTH;

  @GET
  Response labels(@HeaderParam(AUTH) String authorization);

  @POST
  Response createLabel(@HeaderParam(AUTH) String authorization, CreateLabel body);

  @GET
  @Path("{LabelID}")
  Response associations(
      @HeaderParam(AUTH) String authorization, @PathParam("LabelID") String labelId);

  /** addLabelAssociation: the association id is a chat id or a message id. */
  @POST
  @Path("{LabelID}/{AssociationID}")
  Response associate(
      @HeaderParam(AUTH) String authorization,
      @PathParam("LabelID") String labelId,
      @PathParam("AssociationID") String associationId);

  @DELETE
  @Path("{LabelID}/{AssociationID}")
  Response dissociate(
      @HeaderParam(AUTH) String authorization,
      @PathParam("LabelID") String labelId,
      @PathParam("AssociationID") String associationId);
}
