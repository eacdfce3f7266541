package com.wagateway.adapter.rest.admin;

import com.wagateway.application.admin.AuditEvent;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One administrative change; secrets appear only as "changed". */
@Schema(name = "AuditEvent")
public record AuditEventView(
    @Schema(example = "42") Long id,
    @Schema(example = "2026-11-22T18:30:00Z") Instant at,
    @Schema(description = "Who made the change", example = "admin") String actor,
    @Schema(example = "tenant.provider-changed") String action,
    @Schema(example = "shop-co") String tenantId,
    @Schema(example = "{\"provider\": \"whapi -> apiwhatsappweb\", \"credentials\": \"changed\"}")
        Map<String, String> changes) {

  static AuditEventView of(AuditEvent event) {
    return new AuditEventView(
        event.id(),
        event.at(),
        event.actor(),
        event.action(),
        event.tenantId().value(),
        event.changes());
  }
}
