package com.wagateway.adapter.rest.capabilities;

import com.wagateway.application.capabilities.Capabilities;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the tenant's current provider can do, operation by operation. */
@Schema(name = "Capabilities")
public record CapabilitiesResponse(
    @Schema(example = "acme") String tenantId,
    @Schema(example = "apiwhatsappweb") String provider,
    @Schema(
            description = "Every operation of the API, true when the provider supports it",
            example =
                "{\"messages.text\": true, \"messages.poll\": false, \"profile.read\": false}")
        Map<String, Boolean> operations) {

  static CapabilitiesResponse of(Capabilities capabilities) {
    Map<String, Boolean> operations = new TreeMap<>();
    capabilities.operations().forEach((op, supported) -> operations.put(op.key(), supported));
    return new CapabilitiesResponse(
        capabilities.tenantId().value(), capabilities.provider().key(), operations);
  }
}
