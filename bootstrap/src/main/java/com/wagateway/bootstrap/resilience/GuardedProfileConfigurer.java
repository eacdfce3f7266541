package com.wagateway.bootstrap.resilience;

import com.wagateway.bootstrap.resilience.ProviderGuards.Repeat;
import com.wagateway.domain.event.WebhookTarget;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.port.ProfileConfigurer;
import com.wagateway.domain.profile.Picture;
import com.wagateway.domain.profile.Profile;
import com.wagateway.domain.profile.ProfileUpdate;

/** A provider's profile port behind the gateway's fault tolerance. */
final class GuardedProfileConfigurer extends GuardedPort<ProfileConfigurer>
    implements ProfileConfigurer {

  GuardedProfileConfigurer(ProfileConfigurer delegate, ProviderGuards guards) {
    super(delegate, guards);
  }

  @Override
  public boolean emulatesAutoRead() {
    return delegate.emulatesAutoRead();
  }

  @Override
  public Profile read(ProviderAccount account) {
    return guards.call(account, "profile.read", Repeat.SAFE, () -> delegate.read(account));
  }

  @Override
  public void update(ProviderAccount account, ProfileUpdate update) {
    change(account, "profile.update", () -> delegate.update(account, update));
  }

  @Override
  public void changePicture(ProviderAccount account, Picture picture) {
    change(account, "profile.picture", () -> delegate.changePicture(account, picture));
  }

  @Override
  public void setAutoRead(ProviderAccount account, boolean enabled) {
    change(account, "settings.auto-read", () -> delegate.setAutoRead(account, enabled));
  }

  @Override
  public void registerWebhook(ProviderAccount account, WebhookTarget target) {
    change(account, "settings.webhook", () -> delegate.registerWebhook(account, target));
  }

  private void change(ProviderAccount account, String operation, Runnable call) {
    guards.run(account, operation, Repeat.ONLY_IF_NOT_REACHED, call);
  }
}
