package com.wagateway.adapter.rest.messages;

import com.wagateway.adapter.rest.validation.WhatsAppRecipient;
import com.wagateway.domain.message.ContactList;
import com.wagateway.domain.message.MessageContent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Several contact cards in one message. */
@Schema(name = "ContactListMessage")
public record ContactListMessageRequest(
    @Schema(description = Docs.TO, example = "+573001234567", required = true)
        @NotBlank
        @WhatsAppRecipient
        String to,
    @Schema(description = "1 to 50 contacts, in this order", required = true)
        @NotNull
        @Size(min = 1, max = ContactList.MAX)
        List<@NotNull @Valid ContactCardRequest> contacts)
    implements MessageRequest {

  @Override
  public MessageContent content() {
    return new ContactList(
        IntStream.range(0, contacts.size())
            .mapToObj(i -> contacts.get(i).toContact("contacts[" + i + "].phone"))
            .toList());
  }
}
