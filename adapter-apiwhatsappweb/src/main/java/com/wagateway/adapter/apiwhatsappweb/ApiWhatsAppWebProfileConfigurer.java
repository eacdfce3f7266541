package com.wagateway.adapter.apiwhatsappweb;

import static com.wagateway.adapter.apiwhatsappweb.ApiWhatsAppWebErrors.call;

import com.wagateway.adapter.apiwhatsappweb.ConfigBodies.AutoReadRequest;
import com.wagateway.adapter.apiwhatsappweb.ConfigBodies.ConfigResponse;
import com.wagateway.adapter.apiwhatsappweb.ConfigBodies.DescriptionRequest;
import com.wagateway.adapter.apiwhatsappweb.ConfigBodies.NameRequest;
import com.wagateway.adapter.apiwhatsappweb.ConfigBodies.PictureRequest;
import com.wagateway.adapter.apiwhatsappweb.ConfigBodies.WebhookUrlRequest;
import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.error.ProviderException;
import com.wagateway.domain.event.WebhookTarget;
import com.wagateway.domain.message.MediaSource;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.port.ProfileConfigurer;
import com.wagateway.domain.profile.Picture;
import com.wagateway.domain.profile.Profile;
import com.wagateway.domain.profile.ProfileUpdate;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Changes name, description, picture and auto-read, and registers the gateway's webhooks, through
 * API WhatsApp Web's config API. The provider has no endpoint to read the profile, so {@link #read}
 * is not supported. An inline picture goes as the raw base64 string.
 */
@ApplicationScoped
public class ApiWhatsAppWebProfileConfigurer implements ProfileConfigurer {
  private final ApiWhatsAppWebClients clients;

  ApiWhatsAppWebProfileConfigurer(ApiWhatsAppWebClients clients) {
    this.clients = clients;
  }

  @Override
  public ProviderId provider() {
    return ProviderId.APIWHATSAPPWEB;
  }

  @Override
  public Set<Operation> supportedOperations() {
    return EnumSet.of(
        Operation.PROFILE_UPDATE,
        Operation.PROFILE_PICTURE,
        Operation.AUTO_READ,
        Operation.WEBHOOK_REGISTER);
  }

  @Override
  public Profile read(ProviderAccount account) {
    throw new CapabilityNotSupportedException(
        account.tenantId(),
        account.provider(),
        Operation.PROFILE_READ,
        "API WhatsApp Web has no endpoint to read the profile");
  }

  @Override
  public void update(ProviderAccount account, ProfileUpdate update) {
    // Name first: if it fails, the description is left untouched too.
    if (update.name() != null) {
      configure(account, (key, id) -> api().name(key, id, new NameRequest(update.name())));
    }
    if (update.description() != null) {
      configure(
          account,
          (key, id) -> api().description(key, id, new DescriptionRequest(update.description())));
    }
  }

  @Override
  public void changePicture(ProviderAccount account, Picture picture) {
    String image = image(account, picture.source());
    configure(account, (key, id) -> api().picture(key, id, new PictureRequest(image)));
  }

  @Override
  public void setAutoRead(ProviderAccount account, boolean enabled) {
    configure(account, (key, id) -> api().autoRead(key, id, new AutoReadRequest(enabled)));
  }

  /**
   * Sets the gateway's URL for every webhook kind ({@link WebhookKinds}), one call each, in order.
   * The provider cannot add headers, so the secret must be part of the URL and a header in {@code
   * target} is not sent. The first failure stops the rest: it is thrown as it came, its detail
   * saying which kinds were registered before it and which were not attempted. Each call only sets
   * a URL, so registering again is safe.
   *
   * @throws InvalidValueException when the URL is not HTTPS, the only scheme the provider accepts
   */
  @Override
  public void registerWebhook(ProviderAccount account, WebhookTarget target) {
    if (!"https".equalsIgnoreCase(target.url().getScheme())) {
      // The URL may carry the tenant's webhook secret, so it is not repeated in the message.
      throw new InvalidValueException(
          "url", "API WhatsApp Web delivers webhooks to https:// URLs only");
    }
    String url = target.url().toString();
    var body = new WebhookUrlRequest(url);
    for (WebhookKinds.Kind kind : WebhookKinds.ALL) {
      String path = ApiWhatsAppWebClients.relative(kind.path().apply(clients.webhookPaths()));
      try {
        configure(
            account,
            (key, id) -> withoutUrl(clients.webhooks().register(key, id, path, body), url));
      } catch (ProviderException failure) {
        throw failure.withContext(WebhookKinds.failedAt(kind));
      }
    }
  }

  // An echo of the URL in the provider's error would carry the secret into the failure's message.
  private static ConfigResponse withoutUrl(ConfigResponse answer, String url) {
    if (answer == null || answer.error() == null) {
      return answer;
    }
    return new ConfigResponse(answer.success(), answer.error().replace(url, "******"));
  }

  private void configure(
      ProviderAccount account, BiFunction<String, String, ConfigResponse> request) {
    Caller caller = Caller.of(account);
    ConfigResponse answer =
        Answers.body(account, call(account, () -> request.apply(caller.apiKey(), caller.id())));
    Answers.success(account, answer.success(), answer.error());
  }

  private static String image(ProviderAccount account, MediaSource source) {
    if (source instanceof MediaSource.Url url) {
      return url.uri().toString();
    }
    if (source instanceof MediaSource.Inline inline) {
      return inline.base64();
    }
    // Picture already refuses stored ids; kept so a new variant cannot slip through silently.
    throw new CapabilityNotSupportedException(
        account.tenantId(), account.provider(), Operation.PROFILE_PICTURE);
  }

  private ApiWhatsAppWebConfigApi api() {
    return clients.config();
  }
}
