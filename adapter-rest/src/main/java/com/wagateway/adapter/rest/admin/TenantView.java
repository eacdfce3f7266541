package com.wagateway.adapter.rest.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wagateway.domain.model.ProviderCredentials;
import com.wagateway.domain.model.Tenant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tenant as operators see it: credentials masked, the caller key never shown. */
@Schema(name = "Tenant")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TenantView(
    @Schema(example = "shop-co") String id,
    @Schema(example = "whapi") String provider,
    @Schema(description = "Masked: at most the last 4 characters are shown")
        MaskedCredentials credentials,
    @Schema(description = "Whether the tenant has a caller key (the key itself is never shown)")
        boolean hasApiKey) {

  static TenantView of(Tenant tenant) {
    return new TenantView(
        tenant.id().value(),
        tenant.provider().key(),
        MaskedCredentials.of(tenant.credentials()),
        tenant.apiKeyDigest() != null);
  }

  /** Credentials with their secrets masked. */
  @Schema(name = "MaskedCredentials")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record MaskedCredentials(
      @Schema(example = "****9f3a") String token,
      @Schema(example = "****") String apiKey,
      @Schema(example = "instance-7") String instanceId) {

    static MaskedCredentials of(ProviderCredentials credentials) {
      if (credentials instanceof ProviderCredentials.Whapi whapi) {
        return new MaskedCredentials(whapi.token().masked(), null, null);
      }
      var web = (ProviderCredentials.ApiWhatsAppWeb) credentials;
      return new MaskedCredentials(null, web.apiKey().masked(), web.instanceId());
    }
  }
}
