package com.wagateway.adapter.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentTypeCheckTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json",
        "application/json; charset=UTF-8",
        "image/png",
        "*/*",
        "multipart/form-data; boundary=----abc123",
        "text/plain;charset=\"utf-8\"",
        "application/vnd.api+json",
        "application/problem+json;"
      })
  void acceptsMediaTypes(String value) {
    assertThat(ContentTypeCheck.isMediaType(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"png", "image/", "/png", "a/b/c", ";;", "", "text/plain; charset", "a b/c"})
  void refusesWhatIsNotAMediaType(String value) {
    assertThat(ContentTypeCheck.isMediaType(value)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {1025, 100_000})
  void refusesAnOverlongHeaderWithoutScanningIt(int length) {
    assertThat(ContentTypeCheck.isMediaType("a/" + "b".repeat(length))).isFalse();
  }
}
