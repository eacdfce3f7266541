package com.wagateway.adapter.rest.profile;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether incoming messages are marked as read automatically. */
@Schema(name = "AutoRead")
public record AutoReadRequest(
    @Schema(example = "true", required = true) @NotNull Boolean enabled) {}
