package com.wagateway.adapter.whapi;

import com.wagateway.adapter.whapi.WhapiRequests.SettingsUpdate;
import com.wagateway.adapter.whapi.WhapiRequests.UserProfileUpdate;
import com.wagateway.adapter.whapi.WhapiRequests.Webhook;
import com.wagateway.adapter.whapi.WhapiResponses.Settings;
import com.wagateway.adapter.whapi.WhapiResponses.SettingsUpdated;
import com.wagateway.adapter.whapi.WhapiResponses.Success;
import com.wagateway.adapter.whapi.WhapiResponses.UserProfile;
import com.wagateway.domain.event.WebhookTarget;
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
 * Reads and changes the WhatsApp profile through Whapi's {@code /users/profile} and registers the
 * gateway's webhook in {@code /settings}. Whapi has no auto-read setting: the gateway emulates it
 * by marking each incoming message read ({@link WhapiMessageSender#markRead}).
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
    return EnumSet.of(
        Operation.PROFILE_READ,
        Operation.PROFILE_UPDATE,
        Operation.PROFILE_PICTURE,
        Operation.AUTO_READ,
        Operation.WEBHOOK_REGISTER);
  }

  @Override
  public boolean emulatesAutoRead() {
    return true;
  }

  @Reaches("GET /users/profile")
  @Override
  public Profile read(ProviderAccount account) {
    UserProfile profile = api.call(account, UserProfile.class, WhapiClient::profile);
    return new Profile(profile.name(), profile.about(), profile.icon());
  }

  @Reaches("PATCH /users/profile")
  @Override
  public void update(ProviderAccount account, ProfileUpdate update) {
    patch(account, new UserProfileUpdate(update.name(), update.description(), null));
  }

  /** Whapi's {@code icon} takes a URL or base64 image, so both picture sources go as they are. */
  @Reaches("PATCH /users/profile")
  @Override
  public void changePicture(ProviderAccount account, Picture picture) {
    patch(account, new UserProfileUpdate(null, null, WhapiMedia.media(picture.source())));
  }

  /** Nothing to tell Whapi: the gateway keeps the flag and marks messages read itself. */
  @Override
  public void setAutoRead(ProviderAccount account, boolean enabled) {
    // Deliberately no call: Whapi has no such setting (see emulatesAutoRead()).
  }

  /**
   * Reads Whapi's webhook list, drops an earlier registration of the same URL, appends the
   * gateway's and writes the list back: receivers someone else configured stay as they were.
   *
   * @throws IllegalArgumentException when {@code target} has no secret header
   */
  @Reaches("GET /settings")
  @Reaches("PATCH /settings")
  @Override
  public void registerWebhook(ProviderAccount account, WebhookTarget target) {
    Webhook gateway = WhapiWebhooks.gateway(target);
    Settings current = api.call(account, Settings.class, WhapiClient::settings);
    SettingsUpdate body = WhapiWebhooks.replacing(current.webhooks(), gateway);
    SettingsUpdated answer =
        api.call(
            account,
            SettingsUpdated.class,
            target.headerValue(),
            (c, auth) -> c.updateSettings(auth, body));
    if (answer.afterUpdate() == null) {
      throw WhapiJson.notAsDocumented(account, "after_update");
    }
  }

  private void patch(ProviderAccount account, UserProfileUpdate body) {
    Success answer = api.call(account, Success.class, (c, auth) -> c.updateProfile(auth, body));
    WhapiJson.requireSuccess(account, answer);
  }
}
