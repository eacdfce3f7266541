package com.wagateway.domain.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.domain.error.InvalidValueException;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MediaValuesTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "../etc", "a/b", "a b", "id?x=1", "%2e%2e"})
  void refusesMediaIdsThatCouldChangeAPath(String id) {
    assertThatThrownBy(() -> new MediaId(id))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("mediaId"));
  }

  @Test
  void acceptsWhapiStyleIds() {
    assertThat(new MediaId("png-4f1a8c2e-9b7d").value()).isEqualTo("png-4f1a8c2e-9b7d");
  }

  @Test
  void readsTheMimeTypeWithoutItsParametersInLowerCase() {
    var upload =
        new MediaUpload(new ByteArrayInputStream(new byte[1]), "Text/Plain; charset=UTF-8", " ");

    assertThat(upload.mimeType()).isEqualTo("text/plain");
    assertThat(upload.fileName()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "image", "image/*", "*/*", "image/png/x", "ima ge/png"})
  void refusesAnythingButAConcreteMimeType(String type) {
    var content = new ByteArrayInputStream(new byte[1]);

    assertThatThrownBy(() -> new MediaUpload(content, type, null))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("Content-Type"));
  }
}
