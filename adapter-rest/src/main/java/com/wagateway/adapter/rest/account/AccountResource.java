package com.wagateway.adapter.rest.account;

import com.wagateway.adapter.rest.account.AccountViews.AccountInfoResponse;
import com.wagateway.adapter.rest.account.AccountViews.PairingCodeResponse;
import com.wagateway.adapter.rest.validation.PhoneNumberParam;
import com.wagateway.application.account.ManageAccount;
import com.wagateway.domain.contact.ContactId;
import com.wagateway.domain.model.TenantId;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The provider account behind the session, next to the QR login: a pairing code to link the number
 * without scanning, and the provider's account information.
 */
@Path("/v1/tenants/{tenantId}/instance")
@Tag(name = "Instance")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {
  private final ManageAccount accounts;

  public AccountResource(ManageAccount accounts) {
    this.accounts = accounts;
  }

  @GET
  @Path("/pairing-code")
  @Operation(
      summary = "Get a login pairing code",
      description =
          "Instead of the QR code: a code to type on the phone whose number is given (digits with"
              + " the country code). Each call makes a new code. Whapi: `GET"
              + " /users/login/{PhoneNumber}`.")
  @APIResponse(responseCode = "200", description = "The pairing code")
  @APIResponse(responseCode = "409", description = "Already connected: nothing to link")
  public PairingCodeResponse pairingCode(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = "573001234567") @QueryParam("phone") @NotNull @PhoneNumberParam
          String phone) {
    return PairingCodeResponse.of(
        accounts.pairingCode(new TenantId(tenantId), new ContactId(phone)));
  }

  @GET
  @Path("/account")
  @Operation(
      summary = "Read the provider account information",
      description =
          "Subscription, billing and usage limits as the provider keeps them, passed on as an"
              + " opaque `details` object: the provider documents no fields. Whapi: `GET"
              + " /users/info`.")
  @APIResponse(responseCode = "200", description = "The account information")
  public AccountInfoResponse accountInfo(@PathParam("tenantId") String tenantId) {
    return AccountInfoResponse.of(accounts.info(new TenantId(tenantId)));
  }
}
