package com.wagateway.adapter.rest.console;

import com.wagateway.application.console.ConsoleSessions;
import com.wagateway.application.console.SignedIn;
import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.error.UnauthenticatedException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Duration;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Signing in and out of the console. The key travels once, in a form body, and is traded for a
 * session cookie; it is never put in a URL nor kept by the browser.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class ConsoleSignInResource {
  static final String TENANTS = "/console/tenants";
  private static final String REFUSED =
      "That key was not accepted: give the admin key or a tenant's API key.";
  private static final String CROSS_SITE =
      "This sign-in came from another site's page: open the console's own sign-in page.";

  private final ConsoleSessions sessions;
  private final ConsoleAccess access;
  private final ConsoleErrors errors;

  public ConsoleSignInResource(
      ConsoleSessions sessions, ConsoleAccess access, ConsoleErrors errors) {
    this.sessions = sessions;
    this.access = access;
    this.errors = errors;
  }

  @GET
  public Response home(@CookieParam(ConsoleCookies.NAME) String sessionId) {
    boolean signedIn = sessions.resume(sessionId).isPresent();
    return Response.seeOther(URI.create(signedIn ? TENANTS : ConsoleErrors.SIGN_IN)).build();
  }

  @GET
  @Path("/sign-in")
  public String signInPage() {
    return ConsoleTemplates.signIn(null).render();
  }

  @POST
  @Path("/sign-in")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response signIn(
      @FormParam("key") String key,
      @HeaderParam("Sec-Fetch-Site") String fetchSite,
      @Context UriInfo uri) {
    if (crossSite(fetchSite)) {
      return Response.status(Response.Status.FORBIDDEN)
          .entity(ConsoleTemplates.signIn(CROSS_SITE).render())
          .build();
    }
    SignedIn signedIn;
    try {
      signedIn = sessions.signIn(key == null ? null : key.strip());
    } catch (UnauthenticatedException | InvalidValueException refused) {
      return Response.status(Response.Status.UNAUTHORIZED)
          .entity(ConsoleTemplates.signIn(REFUSED).render())
          .build();
    }
    return Response.seeOther(URI.create(TENANTS))
        .cookie(
            ConsoleCookies.session(
                signedIn.sessionId(),
                Duration.between(signedIn.session().createdAt(), signedIn.session().expiresAt()),
                https(uri)))
        .build();
  }

  @POST
  @Path("/sign-out")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response signOut(
      @CookieParam(ConsoleCookies.NAME) String sessionId,
      @FormParam(ConsoleAccess.CSRF_FIELD) String csrf,
      @HeaderParam(ConsoleAccess.CSRF_HEADER) String csrfHeader,
      @Context UriInfo uri) {
    access.visitorForChange(sessionId, csrf, csrfHeader);
    sessions.signOut(sessionId);
    return Response.seeOther(URI.create(ConsoleErrors.SIGN_IN))
        .cookie(ConsoleCookies.cleared(https(uri)))
        .build();
  }

  /**
   * The sign-in form has no CSRF token (there is no session yet), so a form another site posts
   * could sign the visitor into a session of the attacker's choosing. Browsers say where a request
   * comes from in {@code Sec-Fetch-Site}, whatever proxies sit in between; a browser too old to
   * send it still has the session cookie's SameSite=Strict.
   */
  private static boolean crossSite(String fetchSite) {
    return fetchSite != null && !"same-origin".equals(fetchSite) && !"none".equals(fetchSite);
  }

  /** Https as the gateway sees it (behind a proxy, once proxy address forwarding is on). */
  static boolean https(UriInfo uri) {
    return "https".equalsIgnoreCase(uri.getRequestUri().getScheme());
  }

  @ServerExceptionMapper
  Response failed(Throwable failure, UriInfo uri, HttpHeaders headers) {
    return errors.page(failure, uri, headers);
  }
}
