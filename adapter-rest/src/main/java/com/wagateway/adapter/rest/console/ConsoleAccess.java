package com.wagateway.adapter.rest.console;

import com.wagateway.application.console.ConsoleSession;
import com.wagateway.application.console.ConsoleSessions;
import com.wagateway.application.tenant.AccessControl;
import com.wagateway.domain.model.Tenant;
import com.wagateway.domain.model.TenantId;
import jakarta.inject.Singleton;

/**
 * The console's gate, asked at the start of every console request: the session cookie must name a
 * live session, a change must carry that session's CSRF token, and a tenant is reached only through
 * {@link AccessControl}, exactly as the API reaches it.
 */
@Singleton
public class ConsoleAccess {
  /** The header htmx requests carry the CSRF token in (set from the page, see layout.html). */
  static final String CSRF_HEADER = "X-CSRF-Token";

  /** The form field plain forms carry it in. */
  static final String CSRF_FIELD = "csrf";

  private final ConsoleSessions sessions;
  private final AccessControl access;

  ConsoleAccess(ConsoleSessions sessions, AccessControl access) {
    this.sessions = sessions;
    this.access = access;
  }

  /** The signed-in visitor, or {@link SignInRequired}. */
  Visitor visitor(String sessionId) {
    ConsoleSession session = sessions.resume(sessionId).orElseThrow(SignInRequired::new);
    return new Visitor(session.caller(), sessions.csrfToken(sessionId));
  }

  /** As {@link #visitor} for a request that changes something: the CSRF token must match. */
  Visitor visitorForChange(String sessionId, String formToken, String headerToken) {
    Visitor visitor = visitor(sessionId);
    if (!sessions.csrfMatches(sessionId, formToken != null ? formToken : headerToken)) {
      throw new CsrfRefused();
    }
    return visitor;
  }

  /** As {@link #visitorForChange} for the admin only: a tenant session gets the API's 403. */
  Visitor adminForChange(String sessionId, String formToken, String headerToken) {
    return admin(visitorForChange(sessionId, formToken, headerToken));
  }

  /** The visitor, when it is the admin; else the admin API's 403. */
  Visitor admin(Visitor visitor) {
    AccessControl.requireAdmin(visitor.caller());
    return visitor;
  }

  /** The tenant, when this visitor may reach it; else the API's 400/403/404 failure. */
  Tenant tenant(Visitor visitor, String tenantId) {
    return access.authorize(visitor.caller(), new TenantId(tenantId));
  }

  /** No live session: the visitor is sent to the sign-in page. */
  static final class SignInRequired extends RuntimeException {
    SignInRequired() {
      super("Sign in to the console", null, false, false);
    }
  }

  /** A change without this session's CSRF token: refused with 403. */
  static final class CsrfRefused extends RuntimeException {
    CsrfRefused() {
      super(
          "This form did not come from your console session (or it is out of date): reload the"
              + " page and try again",
          null,
          false,
          false);
    }
  }
}
