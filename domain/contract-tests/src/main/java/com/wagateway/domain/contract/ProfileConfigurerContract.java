package com.wagateway.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.domain.event.WebhookTarget;
import com.wagateway.domain.message.MediaSource;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.Secret;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.port.ProfileConfigurer;
import com.wagateway.domain.profile.Picture;
import com.wagateway.domain.profile.ProfileUpdate;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** What every {@link ProfileConfigurer} must do, whatever provider it speaks to. */
public abstract class ProfileConfigurerContract extends ProviderFailureContract {
  protected static final WebhookTarget WEBHOOK =
      new WebhookTarget(
          URI.create("https://gateway.example.com/v1/webhooks/x/acme"),
          "X-Gateway-Webhook-Secret",
          Secret.of("s3cr3t-s3cr3t-s3cr3t"));

  protected abstract ProfileConfigurer configurer();

  protected abstract ProviderAccount account();

  /** The provider accepts every profile change from now on. */
  protected abstract void providerAcceptsProfileChanges();

  /** Asserts the provider was asked to set this name. */
  protected abstract void assertProviderReceivedName(String name);

  /** Asserts the provider was asked to set the picture found at this URL. */
  protected abstract void assertProviderReceivedPictureUrl(String url);

  /** The provider accepts webhook registrations (and whatever reads they need) from now on. */
  protected abstract void providerAcceptsWebhookRegistration();

  /** Asserts the provider was asked to deliver its webhooks to this URL. */
  protected abstract void assertProviderReceivedWebhookUrl(String url);

  @Override
  protected void callProvider() {
    configurer().update(account(), new ProfileUpdate("Contract Name", null));
  }

  @Test
  void declaresNameAndPictureChangesAsSupported() {
    assertThat(configurer().supportedOperations())
        .contains(Operation.PROFILE_UPDATE, Operation.PROFILE_PICTURE);
    assertThat(configurer().provider()).isEqualTo(account().provider());
  }

  @Test
  void changesTheProfileName() {
    providerAcceptsProfileChanges();

    configurer().update(account(), new ProfileUpdate("Contract Name", null));

    assertProviderReceivedName("Contract Name");
  }

  @Test
  void changesThePictureFromAUrl() {
    providerAcceptsProfileChanges();

    configurer()
        .changePicture(
            account(),
            new Picture(MediaSource.Url.parse("https://cdn.example.com/logo.png", "url")));

    assertProviderReceivedPictureUrl("https://cdn.example.com/logo.png");
  }

  @Test
  void registersTheGatewayAsTheWebhookReceiver() {
    providerAcceptsWebhookRegistration();

    configurer().registerWebhook(account(), WEBHOOK);

    assertThat(configurer().supportedOperations()).contains(Operation.WEBHOOK_REGISTER);
    assertProviderReceivedWebhookUrl("https://gateway.example.com/v1/webhooks/x/acme");
  }
}
