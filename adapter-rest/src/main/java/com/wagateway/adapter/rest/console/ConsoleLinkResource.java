package com.wagateway.adapter.rest.console;

import com.wagateway.application.instance.InstanceReport;
import com.wagateway.application.instance.ManageInstance;
import com.wagateway.application.profile.ManageProfile;
import com.wagateway.domain.error.GatewayException;
import com.wagateway.domain.instance.ConnectionState;
import com.wagateway.domain.model.TenantId;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Linking a number: the page shows the QR code from the instance QR use case and polls until the
 * instance status says connected; logging out uses the instance logout use case.
 */
@Path("/console/tenants/{tenantId}")
@Produces(MediaType.TEXT_HTML)
public class ConsoleLinkResource {
  private final ConsoleAccess access;
  private final ConsoleErrors errors;
  private final ManageInstance instances;
  private final ManageProfile profiles;

  public ConsoleLinkResource(
      ConsoleAccess access,
      ConsoleErrors errors,
      ManageInstance instances,
      ManageProfile profiles) {
    this.access = access;
    this.errors = errors;
    this.instances = instances;
    this.profiles = profiles;
  }

  @GET
  @Path("/link")
  public String page(
      @CookieParam(ConsoleCookies.NAME) String sessionId, @PathParam("tenantId") String tenantId) {
    Visitor visitor = access.visitor(sessionId);
    TenantId id = access.tenant(visitor, tenantId).id();
    return ConsoleTemplates.link(visitor, tenantId, linkState(id)).render();
  }

  @GET
  @Path("/link/state")
  public String state(
      @CookieParam(ConsoleCookies.NAME) String sessionId, @PathParam("tenantId") String tenantId) {
    TenantId id = access.tenant(access.visitor(sessionId), tenantId).id();
    return ConsoleTemplates.linkState(tenantId, linkState(id)).render();
  }

  @POST
  @Path("/logout")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response logout(
      @CookieParam(ConsoleCookies.NAME) String sessionId,
      @PathParam("tenantId") String tenantId,
      @FormParam(ConsoleAccess.CSRF_FIELD) String csrf,
      @HeaderParam(ConsoleAccess.CSRF_HEADER) String csrfHeader) {
    Visitor visitor = access.visitorForChange(sessionId, csrf, csrfHeader);
    instances.logout(access.tenant(visitor, tenantId).id());
    return Response.seeOther(URI.create("/console/tenants/" + tenantId + "/link")).build();
  }

  private LinkState linkState(TenantId id) {
    InstanceReport report = instances.status(id);
    if (report.state().state() == ConnectionState.CONNECTED) {
      return LinkState.connected(report.state(), () -> profileName(id));
    }
    return LinkState.toScan(report.state(), instances.qr(id));
  }

  /** The name is a courtesy: a provider that cannot read the profile still shows "connected". */
  private String profileName(TenantId id) {
    try {
      return profiles.read(id).name();
    } catch (GatewayException unavailable) {
      return null;
    }
  }

  @ServerExceptionMapper
  Response failed(Throwable failure, UriInfo uri, HttpHeaders headers) {
    return errors.page(failure, uri, headers);
  }
}
