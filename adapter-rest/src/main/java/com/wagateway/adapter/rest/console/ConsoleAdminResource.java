package com.wagateway.adapter.rest.console;

import com.wagateway.adapter.rest.admin.AdminTenantsResource;
import com.wagateway.adapter.rest.admin.ChangeProviderRequest;
import com.wagateway.adapter.rest.admin.CreateTenantRequest;
import com.wagateway.application.admin.CreatedTenant;
import com.wagateway.application.admin.TenantAdministration;
import com.wagateway.domain.model.Tenant;
import com.wagateway.domain.model.TenantId;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The admin's tenant actions: create, switch provider, rotate the key, delete. Each goes through
 * the admin API's request records and use cases, with the same audit actor; a tenant session gets
 * the admin API's 403. A new key is shown once, on the answer to the change that issued it.
 */
@Path("/console/admin/tenants")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ConsoleAdminResource {
  private static final String ACTOR = AdminTenantsResource.ACTOR;

  private final ConsoleAccess access;
  private final ConsoleErrors errors;
  private final ConsoleForms forms;
  private final TenantAdministration administration;

  public ConsoleAdminResource(
      ConsoleAccess access,
      ConsoleErrors errors,
      ConsoleForms forms,
      TenantAdministration administration) {
    this.access = access;
    this.errors = errors;
    this.forms = forms;
    this.administration = administration;
  }

  @GET
  @Path("/new")
  public String newTenant(@CookieParam(ConsoleCookies.NAME) String sessionId) {
    return ConsoleTemplates.newTenant(access.admin(access.visitor(sessionId)), "", null).render();
  }

  @POST
  @Path("/new")
  public Response create(
      @CookieParam(ConsoleCookies.NAME) String sessionId,
      @FormParam(ConsoleAccess.CSRF_FIELD) String csrf,
      @HeaderParam(ConsoleAccess.CSRF_HEADER) String csrfHeader,
      @FormParam("id") String id,
      @BeanParam CredentialsForm credentials,
      @Context UriInfo uri) {
    Visitor visitor = access.adminForChange(sessionId, csrf, csrfHeader);
    try {
      CreateTenantRequest request = forms.valid(credentials.toCreate(id));
      CreatedTenant created =
          administration.create(ACTOR, new TenantId(request.id()), request.toCredentials());
      return issuedKey(visitor, created.tenant(), created.apiKey().reveal(), "created");
    } catch (RuntimeException failure) {
      ProblemView problem = errors.view(failure, uri);
      String html = ConsoleTemplates.newTenant(visitor, id, problem).render();
      return Response.status(problem.status()).entity(html).build();
    }
  }

  @GET
  @Path("/{tenantId}/provider")
  public String providerForm(
      @CookieParam(ConsoleCookies.NAME) String sessionId, @PathParam("tenantId") String tenantId) {
    Visitor visitor = access.admin(access.visitor(sessionId));
    Tenant tenant = access.tenant(visitor, tenantId);
    return ConsoleTemplates.provider(visitor, tenantId, tenant.provider().key(), null).render();
  }

  @POST
  @Path("/{tenantId}/provider")
  public Response switchProvider(
      @CookieParam(ConsoleCookies.NAME) String sessionId,
      @PathParam("tenantId") String tenantId,
      @FormParam(ConsoleAccess.CSRF_FIELD) String csrf,
      @HeaderParam(ConsoleAccess.CSRF_HEADER) String csrfHeader,
      @BeanParam CredentialsForm credentials,
      @Context UriInfo uri) {
    Visitor visitor = access.adminForChange(sessionId, csrf, csrfHeader);
    Tenant tenant = access.tenant(visitor, tenantId);
    try {
      ChangeProviderRequest request = forms.valid(credentials.toChange());
      administration.changeCredentials(ACTOR, tenant.id(), request.toCredentials());
      return Response.seeOther(URI.create(ConsoleSignInResource.TENANTS)).build();
    } catch (RuntimeException failure) {
      ProblemView problem = errors.view(failure, uri);
      String html =
          ConsoleTemplates.provider(visitor, tenantId, tenant.provider().key(), problem).render();
      return Response.status(problem.status()).entity(html).build();
    }
  }

  @POST
  @Path("/{tenantId}/api-key")
  public Response rotateKey(
      @CookieParam(ConsoleCookies.NAME) String sessionId,
      @PathParam("tenantId") String tenantId,
      @FormParam(ConsoleAccess.CSRF_FIELD) String csrf,
      @HeaderParam(ConsoleAccess.CSRF_HEADER) String csrfHeader) {
    Visitor visitor = access.adminForChange(sessionId, csrf, csrfHeader);
    TenantId id = access.tenant(visitor, tenantId).id();
    String key = administration.rotateApiKey(ACTOR, id).reveal();
    return issuedKey(visitor, administration.get(id), key, "rotated");
  }

  @POST
  @Path("/{tenantId}/delete")
  public Response delete(
      @CookieParam(ConsoleCookies.NAME) String sessionId,
      @PathParam("tenantId") String tenantId,
      @FormParam(ConsoleAccess.CSRF_FIELD) String csrf,
      @HeaderParam(ConsoleAccess.CSRF_HEADER) String csrfHeader) {
    Visitor visitor = access.adminForChange(sessionId, csrf, csrfHeader);
    administration.delete(ACTOR, access.tenant(visitor, tenantId).id());
    return Response.seeOther(URI.create(ConsoleSignInResource.TENANTS)).build();
  }

  /** The only answer that ever shows the key: the page is not cached (see ConsoleHeaders). */
  private static Response issuedKey(Visitor visitor, Tenant tenant, String key, String how) {
    String html =
        ConsoleTemplates.issuedKey(visitor, tenant.id().value(), tenant.provider().key(), key, how)
            .render();
    return Response.ok(html).build();
  }

  @ServerExceptionMapper
  Response failed(Throwable failure, UriInfo uri, HttpHeaders headers) {
    return errors.page(failure, uri, headers);
  }
}
