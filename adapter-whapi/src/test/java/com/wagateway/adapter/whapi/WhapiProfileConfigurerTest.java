package com.wagateway.adapter.whapi;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.wagateway.adapter.whapi.WhapiFixtures.BEARER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.error.GatewayException;
import com.wagateway.domain.message.MediaSource;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.profile.Picture;
import com.wagateway.domain.profile.Profile;
import com.wagateway.domain.profile.ProfileUpdate;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Profile reads and changes go to {@code /users/profile} exactly as Whapi documents them. */
@QuarkusTest
@WithTestResource(WhapiWireMock.class)
class WhapiProfileConfigurerTest extends WhapiAdapterTest {
  private static final ReachLog REACHED =
      ReachLog.of(WhapiProfileConfigurer.class, "read", "update", "changePicture");

  WhapiProfileConfigurerTest() {
    super(REACHED);
  }

  @Inject WhapiProfileConfigurer configurer;

  @BeforeEach
  void resetFixtures() {
    wireMock.stubFor(patch("/users/profile").willReturn(okJson(WhapiFixtures.SUCCESS)));
  }

  private void assertPatched(String json) {
    wireMock.verify(
        1,
        patchRequestedFor(urlEqualTo("/users/profile"))
            .withHeader("Authorization", equalTo(BEARER))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson(json)));
  }

  @Test
  void declaresProfileEmulatedAutoReadAndWebhookRegistration() {
    assertThat(configurer.supportedOperations())
        .containsExactlyInAnyOrder(
            Operation.PROFILE_READ,
            Operation.PROFILE_UPDATE,
            Operation.PROFILE_PICTURE,
            Operation.AUTO_READ,
            Operation.WEBHOOK_REGISTER);
    assertThat(configurer.emulatesAutoRead()).isTrue();
  }

  @Test
  void readsNameAboutAndIconAsTheProfile() {
    wireMock.stubFor(
        get("/users/profile")
            .willReturn(
                okJson(
                    """
                    {"name":"Acme","about":"We sell things","icon":"https://pps.whatsapp.net/v/1",
                     "icon_full":"https://pps.whatsapp.net/v/2"}
                    """)));

    Profile profile = configurer.read(WhapiFixtures.account());

    assertThat(profile)
        .isEqualTo(new Profile("Acme", "We sell things", "https://pps.whatsapp.net/v/1"));
    wireMock.verify(
        1,
        getRequestedFor(urlEqualTo("/users/profile")).withHeader("Authorization", equalTo(BEARER)));
  }

  @Test
  void readsAProfileWithoutIconAsUnknownPicture() {
    wireMock.stubFor(get("/users/profile").willReturn(okJson("{\"name\":\"Acme\"}")));

    assertThat(configurer.read(WhapiFixtures.account())).isEqualTo(new Profile("Acme", null, null));
  }

  @Test
  void updatesNameAndDescriptionAsNameAndAbout() {
    configurer.update(WhapiFixtures.account(), new ProfileUpdate("Acme Store", "Open 9-5"));

    assertPatched("{\"name\":\"Acme Store\",\"about\":\"Open 9-5\"}");
  }

  @Test
  void updatesOnlyTheDescriptionAsAbout() {
    configurer.update(WhapiFixtures.account(), new ProfileUpdate(null, "Back on Monday"));

    assertPatched("{\"about\":\"Back on Monday\"}");
  }

  @Test
  void changesThePictureFromAUrlAsIcon() {
    var picture = new Picture(MediaSource.Url.parse("https://cdn.example.com/logo.png", "url"));

    configurer.changePicture(WhapiFixtures.account(), picture);

    assertPatched("{\"icon\":\"https://cdn.example.com/logo.png\"}");
  }

  @Test
  void changesThePictureFromBase64AsADataUriIcon() {
    var picture = new Picture(new MediaSource.Inline("iVBORw0KGgoAAAANSUhEUg==", "image/png"));

    configurer.changePicture(WhapiFixtures.account(), picture);

    assertPatched("{\"icon\":\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==\"}");
  }

  @Test
  void mapsAnUnsuccessfulPatchAnswerToProviderError() {
    wireMock.stubFor(patch("/users/profile").willReturn(okJson("{\"success\":false}")));

    assertThatThrownBy(
            () -> configurer.update(WhapiFixtures.account(), new ProfileUpdate("Acme", null)))
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_ERROR));
  }

  @Test
  void acceptsAutoReadChangesWithoutCallingWhapi() {
    configurer.setAutoRead(WhapiFixtures.account(), true);
    configurer.setAutoRead(WhapiFixtures.account(), false);

    assertThat(wireMock.getAllServeEvents()).isEmpty();
  }
}
