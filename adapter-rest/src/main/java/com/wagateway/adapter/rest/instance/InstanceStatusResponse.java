package com.wagateway.adapter.rest.instance;

import com.wagateway.application.instance.InstanceReport;
import com.wagateway.domain.instance.ConnectionState;
import com.wagateway.domain.instance.InstanceState;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The state of the tenant's WhatsApp session. */
@Schema(name = "InstanceStatus")
public record InstanceStatusResponse(
    @Schema(example = "CONNECTED") ConnectionState state,
    @Schema(example = "whapi") String provider,
    @Schema(description = "The provider's own word for the state, for diagnosis", example = "AUTH")
        String providerState,
    @Schema(example = "2026-11-22T18:30:00Z") Instant checkedAt) {

  static InstanceStatusResponse of(InstanceReport report) {
    InstanceState state = report.state();
    return new InstanceStatusResponse(
        state.state(), report.provider().key(), state.providerState(), state.checkedAt());
  }
}
