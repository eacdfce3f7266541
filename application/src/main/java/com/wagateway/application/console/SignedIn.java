package com.wagateway.application.console;

/**
 * What a sign-in hands to the browser: the session id for its cookie and the CSRF token its forms
 * carry. The id is a credential, so it is left out of {@link #toString()}.
 */
public record SignedIn(String sessionId, String csrfToken, ConsoleSession session) {

  @Override
  public String toString() {
    return "SignedIn[" + session + "]";
  }
}
