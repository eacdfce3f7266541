package com.wagateway.adapter.rest.messages;

import com.wagateway.adapter.rest.validation.WhatsAppRecipient;
import com.wagateway.domain.message.MessageContent;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contact card; the gateway builds the vCard the provider needs. */
@Schema(name = "ContactMessage")
public record ContactMessageRequest(
    @Schema(description = Docs.TO, example = "+573001234567", required = true)
        @NotBlank
        @WhatsAppRecipient
        String to,
    @Schema(description = "The contact's full name", example = "Ana Gómez", required = true)
        @NotBlank
        @Size(max = 256)
        String name,
    @Schema(
            description = "The contact's phone number, international form",
            example = "+573109876543",
            required = true)
        @NotBlank
        @WhatsAppRecipient
        String phone,
    @Schema(example = "ACME Support") @Size(max = 256) String organization,
    @Schema(example = "ana@example.com") @Email @Size(max = 256) String email)
    implements MessageRequest {

  @Override
  public MessageContent content() {
    return new ContactCardRequest(name, phone, organization, email).toContact("phone");
  }
}
