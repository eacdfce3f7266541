package com.wagateway.adapter.rest.messages;

import com.wagateway.adapter.rest.validation.WhatsAppRecipient;
import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.message.MessageContent;
import com.wagateway.domain.message.Recipient;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One contact card of a contact list; the gateway builds its vCard. */
@Schema(name = "ContactCard")
public record ContactCardRequest(
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
    @Schema(example = "ana@example.com") @Email @Size(max = 256) String email) {

  /** The domain contact; {@code field} names the phone in the problem when it is a chat id. */
  MessageContent.Contact toContact(String field) {
    if (!(Recipient.parse(phone) instanceof Recipient.PhoneNumber number)) {
      throw new InvalidValueException(field, "must be a phone number, not a chat id");
    }
    return new MessageContent.Contact(name, number, organization, email);
  }
}
