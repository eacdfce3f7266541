package com.wagateway.adapter.whapi;

import com.wagateway.adapter.whapi.WhapiRequests.UserProfileUpdate;
import com.wagateway.adapter.whapi.WhapiResponses.Success;
import com.wagateway.adapter.whapi.WhapiResponses.UserProfile;
import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.port.ProfileConfigurer;
import com.wagateway.domain.profile.Picture;
import com.wagateway.domain.profile.Profile;
import com.wagateway.domain.profile.ProfileUpdate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reads and changes the WhatsApp profile through Whapi's {@code /users/profile}; Whapi has no
 * auto-read setting, so that operation is not declared.
 */
@ApplicationScoped
public class WhapiProfileConfigurer implements ProfileConfigurer {
  private final WhapiApi api;

  @Inject
  WhapiProfileConfigurer(WhapiApi api) {
    this.api = api;
  }

  @Override
  public ProviderId provider() {
    return ProviderId.WHAPI;
  }

  @Override
  public Set<Operation> supportedOperations() {
    return EnumSet.of(Operation.PROFILE_READ, Operation.PROFILE_UPDATE, Operation.PROFILE_PICTURE);
  }

  @Override
  public Profile read(ProviderAccount account) {
    UserProfile profile = api.call(account, UserProfile.class, WhapiClient::profile);
    return new Profile(profile.name(), profile.about(), profile.icon());
  }

  @Override
  public void update(ProviderAccount account, ProfileUpdate update) {
    patch(account, new UserProfileUpdate(update.name(), update.description(), null));
  }

  /** Whapi's {@code icon} takes a URL or base64 image, so both picture sources go as they are. */
  @Override
  public void changePicture(ProviderAccount account, Picture picture) {
    patch(account, new UserProfileUpdate(null, null, WhapiMedia.media(picture.source())));
  }

  @Override
  public void setAutoRead(ProviderAccount account, boolean enabled) {
    throw new CapabilityNotSupportedException(
        account.tenantId(), account.provider(), Operation.AUTO_READ);
  }

  private void patch(ProviderAccount account, UserProfileUpdate body) {
    Success answer = api.call(account, Success.class, (c, auth) -> c.updateProfile(auth, body));
    WhapiJson.requireSuccess(account, answer);
  }
}
