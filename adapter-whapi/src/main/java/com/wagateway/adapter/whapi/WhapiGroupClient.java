package com.wagateway.adapter.whapi;

import com.wagateway.adapter.whapi.WhapiGroupBodies.Application;
import com.wagateway.adapter.whapi.WhapiGroupBodies.Icon;
import com.wagateway.adapter.whapi.WhapiGroupBodies.InfoUpdate;
import com.wagateway.adapter.whapi.WhapiGroupBodies.InviteCode;
import com.wagateway.adapter.whapi.WhapiGroupBodies.NewGroup;
import com.wagateway.adapter.whapi.WhapiGroupBodies.Participants;
import com.wagateway.adapter.whapi.WhapiGroupBodies.SettingUpdate;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Whapi's {@code Groups} endpoints (OpenAPI 1.8.7). Like {@link WhapiClient}, every method answers
 * the raw {@link Response}, judged in {@link WhapiApi}. Several DELETEs carry a body, as the spec
 * has them.
 */
@Path("/groups")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface WhapiGroupClient {
  String AUTH = WhapiClient.AUTH;
  String ID = "GroupID";

  @GET
  Response list(
      @HeaderParam(AUTH) String authorization,
      @QueryParam("count") int count,
      @QueryParam("offset") int offset);

  @POST
  Response create(@HeaderParam(AUTH) String authorization, NewGroup body);

  @PUT
  Response accept(@HeaderParam(AUTH) String authorization, InviteCode body);

  @GET
  @Path("{GroupID}")
  Response get(@HeaderParam(AUTH) String authorization, @PathParam(ID) String group);

  @PUT
  @Path("{GroupID}")
  Response updateInfo(
      @HeaderParam(AUTH) String authorization, @PathParam(ID) String group, InfoUpdate body);

  @PATCH
  @Path("{GroupID}")
  Response updateSetting(
      @HeaderParam(AUTH) String authorization, @PathParam(ID) String group, SettingUpdate body);

  @DELETE
  @Path("{GroupID}")
  Response leave(@HeaderParam(AUTH) String authorization, @PathParam(ID) String group);

  @PUT
  @Path("{GroupID}/icon")
  Response setIcon(@HeaderParam(AUTH) String authorization, @PathParam(ID) String group, Icon body);

  @POST
  @Path("{GroupID}/participants")
  Response addParticipants(
      @HeaderParam(AUTH) String authorization, @PathParam(ID) String group, Participants body);

  @DELETE
  @Path("{GroupID}/participants")
  Response removeParticipants(
      @HeaderParam(AUTH) String authorization, @PathParam(ID) String group, Participants body);

  @PATCH
  @Path("{GroupID}/admins")
  Response promote(
      @HeaderParam(AUTH) String authorization, @PathParam(ID) String group, Participants body);

  @DELETE
  @Path("{GroupID}/admins")
  Response demote(
      @HeaderParam(AUTH) String authorization, @PathParam(ID) String group, Participants body);

  @GET
  @Path("{GroupID}/invite")
  Response invite(@HeaderParam(AUTH) String authorization, @PathParam(ID) String group);

  @DELETE
  @Path("{GroupID}/invite")
  Response revokeInvite(@HeaderParam(AUTH) String authorization, @PathParam(ID) String group);

  @GET
  @Path("link/{InviteCode}")
  Response inviteInfo(
      @HeaderParam(AUTH) String authorization, @PathParam("InviteCode") String inviteCode);

  @GET
  @Path("{GroupID}/applications")
  Response applications(
      @HeaderParam(AUTH) String authorization,
      @PathParam(ID) String group,
      @QueryParam("count") int count,
      @QueryParam("offset") int offset);

  @POST
  @Path("{GroupID}/applications")
  Response approve(
      @HeaderParam(AUTH) String authorization, @PathParam(ID) String group, Application body);

  @DELETE
  @Path("{GroupID}/applications")
  Response reject(
      @HeaderParam(AUTH) String authorization, @PathParam(ID) String group, Application body);
}
