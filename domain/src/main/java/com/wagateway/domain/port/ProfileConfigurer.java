package com.wagateway.domain.port;

import com.wagateway.domain.event.WebhookTarget;
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

  /**
   * True when the provider has no auto-read setting of its own: {@link #setAutoRead} then changes
   * nothing at the provider, and the gateway marks each incoming message read itself through {@link
   * MessageSender#markRead}.
   */
  default boolean emulatesAutoRead() {
    return false;
  }

  /**
   * Points the provider's webhooks at the gateway. Registering again replaces the gateway's earlier
   * registration; receivers someone else configured at the provider are kept where the provider has
   * room for several.
   */
  void registerWebhook(ProviderAccount account, WebhookTarget target);
}
