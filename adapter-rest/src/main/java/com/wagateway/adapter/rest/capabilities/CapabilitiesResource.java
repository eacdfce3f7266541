package com.wagateway.adapter.rest.capabilities;

import com.wagateway.application.capabilities.DescribeCapabilities;
import com.wagateway.domain.model.TenantId;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tells callers, before they try, what the tenant's provider supports. */
@Path("/v1/tenants/{tenantId}/capabilities")
@Tag(name = "Capabilities")
@Produces(MediaType.APPLICATION_JSON)
public class CapabilitiesResource {
  private final DescribeCapabilities capabilities;

  public CapabilitiesResource(DescribeCapabilities capabilities) {
    this.capabilities = capabilities;
  }

  @GET
  @Operation(
      summary = "List supported operations",
      description =
          "For every operation of this API, whether the tenant's current provider supports"
              + " it. A call to an unsupported operation answers 501 CAPABILITY_NOT_SUPPORTED without"
              + " reaching the provider.")
  public CapabilitiesResponse capabilities(@PathParam("tenantId") String tenantId) {
    return CapabilitiesResponse.of(capabilities.of(new TenantId(tenantId)));
  }
}
