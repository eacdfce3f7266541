package com.wagateway.adapter.rest.console;

import com.wagateway.adapter.rest.admin.ChangeProviderRequest;
import com.wagateway.adapter.rest.admin.CreateTenantRequest;
import com.wagateway.adapter.rest.admin.CredentialsRequest;
import jakarta.ws.rs.FormParam;

/**
 * The provider and credentials fields of the console's tenant forms, turned into the admin API's
 * request records. The chosen provider's block is always given (so an empty field gets the API's
 * "must not be blank"); the other one only when filled in (then the API refuses it likewise).
 */
public class CredentialsForm {
  @FormParam("provider")
  String provider;

  @FormParam("whapiToken")
  String whapiToken;

  @FormParam("awwwApiKey")
  String awwwApiKey;

  @FormParam("awwwInstanceId")
  String awwwInstanceId;

  ChangeProviderRequest toChange() {
    return new ChangeProviderRequest(provider, whapi(), apiWhatsAppWeb());
  }

  CreateTenantRequest toCreate(String id) {
    return new CreateTenantRequest(id, provider, whapi(), apiWhatsAppWeb());
  }

  private CredentialsRequest.Whapi whapi() {
    return "whapi".equals(provider) || ConsoleForms.given(whapiToken) != null
        ? new CredentialsRequest.Whapi(whapiToken)
        : null;
  }

  private CredentialsRequest.ApiWhatsAppWeb apiWhatsAppWeb() {
    boolean filled =
        ConsoleForms.given(awwwApiKey) != null || ConsoleForms.given(awwwInstanceId) != null;
    return "apiwhatsappweb".equals(provider) || filled
        ? new CredentialsRequest.ApiWhatsAppWeb(awwwApiKey, awwwInstanceId)
        : null;
  }
}
