package com.wagateway.domain.profile;

import static com.wagateway.domain.Violations.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileUpdateTest {

  @Test
  void acceptsNameAlone() {
    ProfileUpdate update = new ProfileUpdate("Acme Store", null);

    assertThat(update.name()).isEqualTo("Acme Store");
    assertThat(update.description()).isNull();
  }

  @Test
  void acceptsDescriptionAlone() {
    assertThat(new ProfileUpdate(null, "Open 9-5").description()).isEqualTo("Open 9-5");
  }

  @Test
  void requiresAtLeastOneOfNameOrDescription() {
    assertViolation(
        () -> new ProfileUpdate(null, null), "name", "give at least one of name or description");
  }

  @Test
  void acceptsNamesOfThreeToTwentyFiveCharacters() {
    assertThat(new ProfileUpdate("abc", null).name()).hasSize(3);
    assertThat(new ProfileUpdate("n".repeat(25), null).name()).hasSize(25);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 26})
  void rejectsNamesOutsideThreeToTwentyFive(int length) {
    assertViolation(
        () -> new ProfileUpdate("n".repeat(length), null),
        "name",
        "length must be between 3 and 25 characters");
  }

  @Test
  void rejectsBlankName() {
    assertViolation(() -> new ProfileUpdate("    ", "d"), "name", "must not be blank");
  }

  @Test
  void acceptsDescriptionOf139CharactersButNotMore() {
    assertThat(new ProfileUpdate(null, "d".repeat(139)).description()).hasSize(139);
    assertViolation(
        () -> new ProfileUpdate(null, "d".repeat(140)),
        "description",
        "length must be between 1 and 139 characters");
  }
}
