package com.wagateway.adapter.rest.account;

import com.wagateway.domain.account.AccountInfo;
import com.wagateway.domain.account.PairingCode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The account operations' request and response bodies. */
final class AccountViews {
  private AccountViews() {}

  /** WhatsApp's "About" text, up to the 139 characters WhatsApp takes. */
  @Schema(name = "AboutRequest")
  record AboutRequest(
      @NotNull @Size(max = 139) @Schema(example = "We answer Monday to Friday, 8-18h")
          String about) {}

  @Schema(name = "PairingCode")
  record PairingCodeResponse(
      @Schema(
              description = "Type it in WhatsApp: Linked devices, Link with phone number",
              example = "123-456")
          String code) {
    static PairingCodeResponse of(PairingCode code) {
      return new PairingCodeResponse(code.code());
    }
  }

  /**
   * No provider documents the fields of its account information, so the gateway passes them on as
   * an opaque object rather than promise a shape it cannot check.
   */
  @Schema(name = "AccountInfo")
  record AccountInfoResponse(
      @Schema(
              description =
                  "The provider's account information as it came (subscription, billing, usage"
                      + " limits); its fields are the provider's and undocumented",
              example = "{\"plan\": \"trial\"}")
          Map<String, Object> details) {
    static AccountInfoResponse of(AccountInfo info) {
      return new AccountInfoResponse(info.details());
    }
  }
}
