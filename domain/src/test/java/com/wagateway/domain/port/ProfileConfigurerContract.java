package com.wagateway.domain.port;

import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.domain.message.MediaSource;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.profile.Picture;
import com.wagateway.domain.profile.ProfileUpdate;
import org.junit.jupiter.api.Test;

/** What every {@link ProfileConfigurer} must do, whatever provider it speaks to. */
public abstract class ProfileConfigurerContract extends ProviderFailureContract {

  protected abstract ProfileConfigurer configurer();

  protected abstract ProviderAccount account();

  /** The provider accepts every profile change from now on. */
  protected abstract void providerAcceptsProfileChanges();

  /** Asserts the provider was asked to set this name. */
  protected abstract void assertProviderReceivedName(String name);

  /** Asserts the provider was asked to set the picture found at this URL. */
  protected abstract void assertProviderReceivedPictureUrl(String url);

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
}
