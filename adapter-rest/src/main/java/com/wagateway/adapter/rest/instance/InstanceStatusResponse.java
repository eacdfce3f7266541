package com.wagateway.adapter.rest.instance;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wagateway.application.instance.InstanceReport;
import com.wagateway.domain.instance.ConnectionState;
import com.wagateway.domain.instance.InstanceState;
import com.wagateway.domain.instance.LinkedNumber;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The state of the tenant's WhatsApp session, and the linked number when the provider says it. */
@Schema(name = "InstanceStatus")
public record InstanceStatusResponse(
    @Schema(example = "CONNECTED") ConnectionState state,
    @Schema(example = "whapi") String provider,
    @Schema(description = "The provider's own word for the state, for diagnosis", example = "AUTH")
        String providerState,
    @Schema(example = "2026-11-22T18:30:00Z") Instant checkedAt,
    @Schema(
            description =
                "The linked number's digits, country code first, no '+'; only when connected and"
                    + " the provider reports it (Whapi does, API WhatsApp Web does not)",
            example = "15550001234")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String phone,
    @Schema(
            description = "The linked account's WhatsApp name, when the provider reports it",
            example = "Demo Store")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String name) {

  static InstanceStatusResponse of(InstanceReport report) {
    InstanceState state = report.state();
    LinkedNumber linked = state.linked();
    return new InstanceStatusResponse(
        state.state(),
        report.provider().key(),
        state.providerState(),
        state.checkedAt(),
        linked == null ? null : linked.phone(),
        linked == null ? null : linked.name());
  }
}
