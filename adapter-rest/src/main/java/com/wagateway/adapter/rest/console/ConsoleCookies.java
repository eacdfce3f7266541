package com.wagateway.adapter.rest.console;

import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;

/**
 * The console's session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's
 * page sends it), Secure when the console is served over https, limited to {@code /console}, and
 * gone when the session expires.
 */
final class ConsoleCookies {
  static final String NAME = "gw_console";
  private static final String PATH = "/console";

  private ConsoleCookies() {}

  /** Lives as long as the session: the server refuses it after that anyway. */
  static NewCookie session(String sessionId, Duration lifetime, boolean https) {
    return build(sessionId, (int) lifetime.toSeconds(), https);
  }

  /** Tells the browser to drop the cookie. */
  static NewCookie cleared(boolean https) {
    return build("", 0, https);
  }

  private static NewCookie build(String value, int maxAge, boolean https) {
    return new NewCookie.Builder(NAME)
        .value(value)
        .path(PATH)
        .maxAge(maxAge)
        .httpOnly(true)
        .secure(https)
        .sameSite(NewCookie.SameSite.STRICT)
        .build();
  }
}
