package com.wagateway.adapter.rest.messages;

import com.wagateway.adapter.rest.validation.WhatsAppRecipient;
import com.wagateway.domain.message.LiveLocation;
import com.wagateway.domain.message.MessageContent;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A live location: a position with how precise it is, how fast and which way it moves. */
@Schema(name = "LiveLocationMessage")
public record LiveLocationMessageRequest(
    @Schema(description = Docs.TO, example = "+573001234567", required = true)
        @NotBlank
        @WhatsAppRecipient
        String to,
    @Schema(example = "4.6097", required = true) @NotNull @DecimalMin("-90") @DecimalMax("90")
        Double latitude,
    @Schema(example = "-74.0817", required = true) @NotNull @DecimalMin("-180") @DecimalMax("180")
        Double longitude,
    @Schema(description = "Accuracy in metres", example = "10") @Min(0) Integer accuracy,
    @Schema(description = "Speed in metres per second", example = "3") @Min(0) Integer speed,
    @Schema(description = "Heading, degrees clockwise from true north (0..359)", example = "90")
        @Min(0)
        @Max(359)
        Integer degrees,
    @Schema(description = "Shown under the map", example = "On my way with your order")
        @Size(max = 1024)
        String comment)
    implements MessageRequest {

  @Override
  public MessageContent content() {
    return new LiveLocation(latitude, longitude, accuracy, speed, degrees, comment);
  }
}
