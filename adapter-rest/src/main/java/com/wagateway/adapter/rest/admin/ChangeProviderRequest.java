package com.wagateway.adapter.rest.admin;

import com.wagateway.domain.model.ProviderCredentials;
import com.wagateway.domain.model.ProviderId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Moves a tenant to a provider, with the credentials it has there. */
@Schema(name = "ChangeProvider")
public record ChangeProviderRequest(
    @Schema(
            required = true,
            example = "apiwhatsappweb",
            enumeration = {"whapi", "apiwhatsappweb"})
        @NotBlank
        @Pattern(regexp = "whapi|apiwhatsappweb", message = "must be one of whapi, apiwhatsappweb")
        String provider,
    @Schema(description = "Whapi.Cloud credentials (provider whapi)") @Valid
        CredentialsRequest.Whapi whapi,
    @Schema(description = "API WhatsApp Web credentials (provider apiwhatsappweb)") @Valid
        CredentialsRequest.ApiWhatsAppWeb apiwhatsappweb) {

  public ProviderCredentials toCredentials() {
    return new CredentialsRequest(whapi, apiwhatsappweb)
        .toCredentials(ProviderId.fromKey(provider));
  }
}
