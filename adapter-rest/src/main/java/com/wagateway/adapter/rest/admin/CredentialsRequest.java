package com.wagateway.adapter.rest.admin;

import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.model.ProviderCredentials;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.Secret;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A provider's credentials: exactly one of the two blocks. */
@Schema(name = "ProviderCredentials", description = "Exactly one of `whapi` or `apiwhatsappweb`.")
public record CredentialsRequest(
    @Schema(description = "Whapi.Cloud credentials") @Valid Whapi whapi,
    @Schema(description = "API WhatsApp Web credentials") @Valid ApiWhatsAppWeb apiwhatsappweb) {

  /** The credentials for {@code provider}, refusing a missing or a second block. */
  ProviderCredentials toCredentials(ProviderId provider) {
    return switch (provider) {
      case WHAPI -> {
        only(apiwhatsappweb, "apiwhatsappweb", provider);
        yield new ProviderCredentials.Whapi(Secret.of(present(whapi, "whapi").token()));
      }
      case APIWHATSAPPWEB -> {
        only(whapi, "whapi", provider);
        ApiWhatsAppWeb given = present(apiwhatsappweb, "apiwhatsappweb");
        yield new ProviderCredentials.ApiWhatsAppWeb(Secret.of(given.apiKey()), given.instanceId());
      }
    };
  }

  /** The provider whose block was given, when exactly one was. */
  ProviderId givenProvider() {
    if ((whapi == null) == (apiwhatsappweb == null)) {
      throw new InvalidValueException("credentials", "give exactly one of whapi or apiwhatsappweb");
    }
    return whapi != null ? ProviderId.WHAPI : ProviderId.APIWHATSAPPWEB;
  }

  private static <T> T present(T block, String field) {
    if (block == null) {
      throw new InvalidValueException(field, "credentials are required for provider " + field);
    }
    return block;
  }

  private static void only(Object other, String field, ProviderId provider) {
    if (other != null) {
      throw new InvalidValueException(field, "does not belong to provider " + provider.key());
    }
  }

  /** Whapi.Cloud: the channel token. */
  @Schema(name = "WhapiCredentials")
  public record Whapi(
      @Schema(description = "Channel token", example = "<whapi-channel-token>", required = true)
          @NotBlank
          @Size(max = 4096)
          String token) {}

  /** API WhatsApp Web: the account key and the instance id. */
  @Schema(name = "ApiWhatsAppWebCredentials")
  public record ApiWhatsAppWeb(
      @Schema(
              description = "Account key (header apiKey)",
              example = "<apiwhatsappweb-key>",
              required = true)
          @NotBlank
          @Size(max = 4096)
          String apiKey,
      @Schema(description = "Instance id (header id)", example = "<instance-id>", required = true)
          @NotBlank
          @Size(max = 256)
          String instanceId) {}
}
