package com.wagateway.application.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.domain.error.InvalidValueException;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubscriptionUrlTest {

  @Test
  void acceptsHttpsAndHttpUrls() {
    assertThat(SubscriptionUrl.parse("https://hooks.example.com/wa?src=gw"))
        .isEqualTo(URI.create("https://hooks.example.com/wa?src=gw"));
    assertThat(SubscriptionUrl.parse("http://10.0.0.7:8080/events"))
        .isEqualTo(URI.create("http://10.0.0.7:8080/events"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://files.example.com/in",
        "/relative/path",
        "hooks.example.com/wa",
        "https:///no-host",
        "https://user:pass@hooks.example.com/wa",
        "https://hooks.example.com/wa#section",
        "https://hooks example.com",
        "",
        "   "
      })
  void refusesUrlsBreakingTheRulesNamingTheUrlField(String value) {
    assertThatThrownBy(() -> SubscriptionUrl.parse(value))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("url"));
  }

  @Test
  void refusesAMissingUrl() {
    assertThatThrownBy(() -> SubscriptionUrl.parse(null))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("url"));
  }

  @Test
  void refusesAUrlLongerThanTheLimitButAcceptsOneAtIt() {
    String base = "https://hooks.example.com/";
    String atLimit = base + "a".repeat(SubscriptionUrl.MAX_LENGTH - base.length());

    assertThat(SubscriptionUrl.parse(atLimit)).hasToString(atLimit);
    assertThatThrownBy(() -> SubscriptionUrl.parse(atLimit + "a"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("url"));
  }
}
