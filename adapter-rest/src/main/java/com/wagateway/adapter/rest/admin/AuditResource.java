package com.wagateway.adapter.rest.admin;

import com.wagateway.application.admin.AuditEvent;
import com.wagateway.application.admin.TenantAdministration;
import com.wagateway.application.paging.Page;
import com.wagateway.domain.model.TenantId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who changed what, when: the audit trail of administrative changes (admin key only). */
@Path("/v1/admin/audit")
@Tag(name = "Admin: audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
  private final TenantAdministration admin;

  public AuditResource(TenantAdministration admin) {
    this.admin = admin;
  }

  @GET
  @Operation(
      summary = "Read the audit trail",
      description = "Newest first, optionally for one tenant; secrets appear only as \"changed\".")
  public PageResponse<AuditEventView> auditTrail(
      @QueryParam("tenantId") String tenantId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(TenantAdministration.MAX_PAGE)
          int limit) {
    Page<AuditEvent> page =
        admin.auditTrail(tenantId == null ? null : new TenantId(tenantId), cursor, limit);
    return new PageResponse<>(
        page.items().stream().map(AuditEventView::of).toList(), page.nextCursor());
  }
}
