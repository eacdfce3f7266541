package com.wagateway.application.fake;

import com.wagateway.domain.event.WebhookTarget;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.port.ProfileConfigurer;
import com.wagateway.domain.profile.Picture;
import com.wagateway.domain.profile.Profile;
import com.wagateway.domain.profile.ProfileUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A profile configurer that records every call and reads back a fixed profile; it can emulate
 * auto-read like a provider without a setting of its own, and fail like a refusing provider.
 */
public final class FakeProfileConfigurer implements ProfileConfigurer {
  private final ProviderId provider;
  private final Set<Operation> supported;
  private final List<Call> calls = new ArrayList<>();
  private Profile profile = new Profile("Acme", "We sell things", "https://pps.example/acme.jpg");
  private boolean emulatesAutoRead;
  private RuntimeException failure;

  /** One recorded call: the port method, the account and the argument it got (if any). */
  public record Call(String method, ProviderAccount account, Object argument) {}

  public FakeProfileConfigurer(ProviderId provider, Set<Operation> supported) {
    this.provider = provider;
    this.supported = Set.copyOf(supported);
  }

  public FakeProfileConfigurer answering(Profile profile) {
    this.profile = profile;
    return this;
  }

  /** Acts as a provider without an auto-read setting of its own. */
  public FakeProfileConfigurer emulatingAutoRead() {
    this.emulatesAutoRead = true;
    return this;
  }

  /** Every call from now on is recorded, then fails with {@code failure}. */
  public FakeProfileConfigurer failWith(RuntimeException failure) {
    this.failure = failure;
    return this;
  }

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  @Override
  public Profile read(ProviderAccount account) {
    calls.add(new Call("read", account, null));
    failIfAsked();
    return profile;
  }

  @Override
  public void update(ProviderAccount account, ProfileUpdate update) {
    calls.add(new Call("update", account, update));
    failIfAsked();
  }

  @Override
  public void changePicture(ProviderAccount account, Picture picture) {
    calls.add(new Call("changePicture", account, picture));
    failIfAsked();
  }

  @Override
  public void setAutoRead(ProviderAccount account, boolean enabled) {
    calls.add(new Call("setAutoRead", account, enabled));
    failIfAsked();
  }

  @Override
  public void registerWebhook(ProviderAccount account, WebhookTarget target) {
    calls.add(new Call("registerWebhook", account, target));
    failIfAsked();
  }

  @Override
  public boolean emulatesAutoRead() {
    return emulatesAutoRead;
  }

  private void failIfAsked() {
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public ProviderId provider() {
    return provider;
  }

  @Override
  public Set<Operation> supportedOperations() {
    return supported;
  }
}
