package com.wagateway.adapter.rest.console;

import com.wagateway.application.admin.TenantAdministration;
import com.wagateway.application.capabilities.DescribeCapabilities;
import com.wagateway.application.instance.InstanceReport;
import com.wagateway.application.instance.ManageInstance;
import com.wagateway.application.paging.Page;
import com.wagateway.application.tenant.Caller;
import com.wagateway.domain.model.Tenant;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The tenants page: the admin sees every tenant a page at a time, a tenant session only its own.
 * Each row polls its live state from the instance status use case, as the API's status endpoint.
 */
@Path("/console/tenants")
@Produces(MediaType.TEXT_HTML)
public class ConsoleTenantsResource {
  static final int PAGE_SIZE = 50;

  private final ConsoleAccess access;
  private final ConsoleErrors errors;
  private final TenantAdministration administration;
  private final DescribeCapabilities capabilities;
  private final ManageInstance instances;

  public ConsoleTenantsResource(
      ConsoleAccess access,
      ConsoleErrors errors,
      TenantAdministration administration,
      DescribeCapabilities capabilities,
      ManageInstance instances) {
    this.access = access;
    this.errors = errors;
    this.administration = administration;
    this.capabilities = capabilities;
    this.instances = instances;
  }

  @GET
  public String list(
      @CookieParam(ConsoleCookies.NAME) String sessionId, @QueryParam("cursor") String cursor) {
    Visitor visitor = access.visitor(sessionId);
    Page<Tenant> page =
        visitor.caller() instanceof Caller.OfTenant own
            ? new Page<>(List.of(access.tenant(visitor, own.tenantId().value())), null)
            : administration.list(cursor, PAGE_SIZE);
    List<TenantRow> rows =
        page.items().stream().map(t -> TenantRow.of(capabilities.of(t.id()))).toList();
    return ConsoleTemplates.tenants(visitor, rows, page.nextCursor()).render();
  }

  @GET
  @Path("/{tenantId}/state")
  public String state(
      @CookieParam(ConsoleCookies.NAME) String sessionId, @PathParam("tenantId") String tenantId) {
    Tenant tenant = access.tenant(access.visitor(sessionId), tenantId);
    InstanceReport report = instances.status(tenant.id());
    return ConsoleTemplates.state(
            tenantId, report.state().state().name(), report.state().providerState())
        .render();
  }

  @ServerExceptionMapper
  Response failed(Throwable failure, UriInfo uri, HttpHeaders headers) {
    return errors.page(failure, uri, headers);
  }
}
