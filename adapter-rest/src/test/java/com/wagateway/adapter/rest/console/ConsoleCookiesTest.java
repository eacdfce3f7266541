package com.wagateway.adapter.rest.console;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConsoleCookiesTest {

  @Test
  void isSecureOnlyOverHttps() {
    assertThat(ConsoleCookies.session("id", Duration.ofHours(8), true).isSecure()).isTrue();
    assertThat(ConsoleCookies.session("id", Duration.ofHours(8), false).isSecure()).isFalse();
  }

  @Test
  void isHttpOnlyStrictScopedAndExpiring() {
    NewCookie cookie = ConsoleCookies.session("id", Duration.ofHours(8), true);

    assertThat(cookie.isHttpOnly()).isTrue();
    assertThat(cookie.getSameSite()).isEqualTo(NewCookie.SameSite.STRICT);
    assertThat(cookie.getPath()).isEqualTo("/console");
    assertThat(cookie.getMaxAge()).isEqualTo(8 * 3600);
  }

  @Test
  void clearingExpiresItAtOnce() {
    NewCookie cleared = ConsoleCookies.cleared(true);

    assertThat(cleared.getValue()).isEmpty();
    assertThat(cleared.getMaxAge()).isZero();
    assertThat(cleared.isSecure()).isTrue();
  }
}
