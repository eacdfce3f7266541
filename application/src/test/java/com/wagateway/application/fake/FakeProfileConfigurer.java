package com.wagateway.application.fake;

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

/** A profile configurer that records every call and reads back a fixed profile. */
public final class FakeProfileConfigurer implements ProfileConfigurer {
  private final ProviderId provider;
  private final Set<Operation> supported;
  private final List<Call> calls = new ArrayList<>();
  private Profile profile = new Profile("Acme", "We sell things", "https://pps.example/acme.jpg");

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

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  @Override
  public Profile read(ProviderAccount account) {
    calls.add(new Call("read", account, null));
    return profile;
  }

  @Override
  public void update(ProviderAccount account, ProfileUpdate update) {
    calls.add(new Call("update", account, update));
  }

  @Override
  public void changePicture(ProviderAccount account, Picture picture) {
    calls.add(new Call("changePicture", account, picture));
  }

  @Override
  public void setAutoRead(ProviderAccount account, boolean enabled) {
    calls.add(new Call("setAutoRead", account, enabled));
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
