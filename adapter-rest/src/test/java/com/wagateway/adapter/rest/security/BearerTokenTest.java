package com.wagateway.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BearerTokenTest {

  @Test
  void readsTheKeyAfterTheBearerScheme() {
    assertThat(BearerToken.from("Bearer abc123")).isEqualTo("abc123");
  }

  @Test
  void acceptsTheSchemeInAnyCaseAndTrimsTheKey() {
    assertThat(BearerToken.from("bEaReR   abc123  ")).isEqualTo("abc123");
  }

  @Test
  void ignoresOtherSchemesAndMissingHeaders() {
    assertThat(BearerToken.from("Basic abc123")).isNull();
    assertThat(BearerToken.from("Bearer")).isNull();
    assertThat(BearerToken.from("Bearer ")).isNull();
    assertThat(BearerToken.from(null)).isNull();
  }
}
