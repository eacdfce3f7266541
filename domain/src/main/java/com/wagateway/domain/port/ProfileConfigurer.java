package com.wagateway.domain.port;

import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.profile.Picture;
import com.wagateway.domain.profile.Profile;
import com.wagateway.domain.profile.ProfileUpdate;

/** Reads and changes the WhatsApp business profile through one provider. */
public interface ProfileConfigurer extends ProviderPort {

  Profile read(ProviderAccount account);

  void update(ProviderAccount account, ProfileUpdate update);

  void changePicture(ProviderAccount account, Picture picture);

  /** Turns automatic read receipts for incoming messages on or off. */
  void setAutoRead(ProviderAccount account, boolean enabled);
}
