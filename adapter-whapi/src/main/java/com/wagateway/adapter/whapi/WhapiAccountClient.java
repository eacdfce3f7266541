package com.wagateway.adapter.whapi;

import com.wagateway.adapter.whapi.WhapiAccountMapper.ChangeStatus;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Whapi's account endpoints of the {@code Users} family: login by pairing code and the "About" text
 * (OpenAPI 1.8.7), account information (the seed reference's supplement).
 */
@Path("/")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface WhapiAccountClient {
  String AUTH = WhapiClient.AUTH;

  /** loginUserViaAuthCode. */
  @GET
  @Path("users/login/{PhoneNumber}")
  Response pairingCode(
      @HeaderParam(AUTH) String authorization, @PathParam("PhoneNumber") String phone);

  /** changeStatus. */
  @PUT
  @Path("status")
  Response changeStatus(@HeaderParam(AUTH) String authorization, ChangeStatus body);

  /** getUserInfo (supplement). */
  @GET
  @Path("users/info")
  Response info(@HeaderParam(AUTH) String authorization);
}
