package com.wagateway.adapter.rest.messages;

import com.wagateway.adapter.rest.validation.GroupIdParam;
import com.wagateway.domain.message.Event;
import com.wagateway.domain.message.MessageContent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event invitation in a group or community. */
@Schema(name = "EventMessage")
public record EventMessageRequest(
    @Schema(
            description = "The group or community chat id",
            example = "120363012345678901@g.us",
            required = true)
        @NotBlank
        @GroupIdParam
        String to,
    @Schema(description = "The event's name", example = "Store opening", required = true)
        @NotBlank
        @Size(max = 256)
        String title,
    @Schema(description = "What it is about", example = "Coffee and 20% off all day")
        @Size(max = 2048)
        String description,
    @Schema(description = "When it starts", example = "2026-12-05T18:00:00Z", required = true)
        @NotNull
        Instant startTime,
    @Schema(description = "When it ends; after startTime", example = "2026-12-05T21:00:00Z")
        Instant endTime,
    @Schema(description = "Where it takes place", example = "Cra. 7 #32-16, Bogotá")
        @Size(max = 256)
        String location)
    implements MessageRequest {

  @Override
  public MessageContent content() {
    return new Event(title, description, startTime, endTime, location);
  }
}
