package com.wagateway.adapter.rest.messages;

import com.wagateway.adapter.rest.validation.WhatsAppRecipient;
import com.wagateway.domain.message.MessageContent;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A location pin. */
@Schema(name = "LocationMessage")
public record LocationMessageRequest(
    @Schema(description = Docs.TO, example = "+573001234567", required = true)
        @NotBlank
        @WhatsAppRecipient
        String to,
    @Schema(example = "4.6097", required = true) @NotNull @DecimalMin("-90") @DecimalMax("90")
        Double latitude,
    @Schema(example = "-74.0817", required = true) @NotNull @DecimalMin("-180") @DecimalMax("180")
        Double longitude,
    @Schema(example = "Main store") @Size(max = 256) String name,
    @Schema(example = "Cra. 7 #32-16, Bogotá") @Size(max = 1024) String address)
    implements MessageRequest {

  @Override
  public MessageContent content() {
    return new MessageContent.Location(latitude, longitude, name, address);
  }
}
