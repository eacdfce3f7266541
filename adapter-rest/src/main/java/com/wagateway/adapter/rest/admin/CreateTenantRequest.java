package com.wagateway.adapter.rest.admin;

import com.wagateway.domain.model.ProviderCredentials;
import com.wagateway.domain.model.ProviderId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new tenant: its id, its provider and that provider's credentials. */
@Schema(name = "CreateTenant")
public record CreateTenantRequest(
    @Schema(
            description = "1-64 lower-case letters, digits, '-' or '_'",
            example = "shop-co",
            required = true)
        @NotBlank
        @Size(max = 64)
        @Pattern(
            regexp = "[a-z0-9][a-z0-9_-]*",
            message = "must be lower-case letters, digits, '-' or '_', starting alphanumeric")
        String id,
    @Schema(
            required = true,
            example = "whapi",
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
