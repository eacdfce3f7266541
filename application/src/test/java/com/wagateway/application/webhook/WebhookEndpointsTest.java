package com.wagateway.application.webhook;

import static com.wagateway.application.fake.Tenants.ACME;
import static com.wagateway.application.fake.Tenants.ACME_ID;
import static com.wagateway.application.fake.Tenants.GLOBEX;
import static com.wagateway.application.fake.Tenants.GLOBEX_ID;
import static com.wagateway.application.fake.Tenants.UNKNOWN_ID;
import static com.wagateway.domain.model.ProviderId.APIWHATSAPPWEB;
import static com.wagateway.domain.model.ProviderId.WHAPI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.application.fake.FakeProfileConfigurer.Call;
import com.wagateway.application.fake.FakeProvider;
import com.wagateway.application.fake.InMemoryTenantDirectory;
import com.wagateway.application.port.WebhookSecrets;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.error.TenantNotFoundException;
import com.wagateway.domain.event.WebhookTarget;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Operation;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookEndpointsTest {
  private static final URI PUBLIC_URL = URI.create("https://gw.example.com");

  private final FakeProvider whapi = FakeProvider.supportingEverything(WHAPI);
  private final FakeProvider web = FakeProvider.supportingEverything(APIWHATSAPPWEB);
  private final InMemoryTenantDirectory directory = new InMemoryTenantDirectory(ACME, GLOBEX);
  private final WebhookSecrets secrets =
      new WebhookSecrets() {
        @Override
        public String secretOf(TenantId tenant) {
          return tenant.value() + "-webhook-secret-0042";
        }

        @Override
        public boolean matches(TenantId tenant, String presented) {
          return secretOf(tenant).equals(presented);
        }
      };

  private WebhookEndpoints endpoints(FakeProvider... providers) {
    return new WebhookEndpoints(
        new TenantResolver(directory), secrets, FakeProvider.router(providers));
  }

  private static WebhookTarget onlyTargetRegisteredWith(FakeProvider provider) {
    List<Call> calls = provider.profile().calls();
    assertThat(calls).singleElement().extracting(Call::method).isEqualTo("registerWebhook");
    return (WebhookTarget) calls.get(0).argument();
  }

  @Test
  void registersTheWhapiUrlWithTheSecretInAHeader() {
    WebhookEndpoints.Registration registration =
        endpoints(whapi, web).register(ACME_ID, PUBLIC_URL);

    WebhookTarget target = onlyTargetRegisteredWith(whapi);
    assertThat(whapi.profile().calls().get(0).account()).isEqualTo(ACME.account());
    assertThat(target.url()).isEqualTo(URI.create("https://gw.example.com/v1/webhooks/whapi/acme"));
    assertThat(target.headerName()).isEqualTo("X-Gateway-Webhook-Secret");
    assertThat(target.headerValue().reveal()).isEqualTo("acme-webhook-secret-0042");
    assertThat(registration)
        .isEqualTo(
            new WebhookEndpoints.Registration(
                WHAPI,
                "https://gw.example.com/v1/webhooks/whapi/acme",
                "X-Gateway-Webhook-Secret"));
    assertThat(web.profile().calls()).isEmpty();
  }

  @Test
  void toleratesATrailingSlashInThePublicUrl() {
    endpoints(whapi, web).register(ACME_ID, URI.create("https://gw.example.com/"));

    assertThat(onlyTargetRegisteredWith(whapi).url())
        .isEqualTo(URI.create("https://gw.example.com/v1/webhooks/whapi/acme"));
  }

  @Test
  void keepsAPathPrefixOfThePublicUrl() {
    WebhookEndpoints.Registration registration =
        endpoints(whapi, web).register(ACME_ID, URI.create("https://gw.example.com/wa"));

    assertThat(onlyTargetRegisteredWith(whapi).url())
        .isEqualTo(URI.create("https://gw.example.com/wa/v1/webhooks/whapi/acme"));
    assertThat(registration.url()).isEqualTo("https://gw.example.com/wa/v1/webhooks/whapi/acme");
  }

  @Test
  void registersTheApiWhatsAppWebUrlWithTheSecretInThePathButShowsItMasked() {
    WebhookEndpoints.Registration registration =
        endpoints(whapi, web).register(GLOBEX_ID, PUBLIC_URL);

    WebhookTarget target = onlyTargetRegisteredWith(web);
    assertThat(web.profile().calls().get(0).account()).isEqualTo(GLOBEX.account());
    assertThat(target.url())
        .isEqualTo(
            URI.create(
                "https://gw.example.com/v1/webhooks/apiwhatsappweb/globex/"
                    + "globex-webhook-secret-0042"));
    assertThat(target.hasHeader()).isFalse();
    assertThat(registration.provider()).isEqualTo(APIWHATSAPPWEB);
    assertThat(registration.header()).isNull();
    assertThat(registration.url())
        .isEqualTo("https://gw.example.com/v1/webhooks/apiwhatsappweb/globex/****0042")
        .doesNotContain("globex-webhook-secret");
    assertThat(whapi.profile().calls()).isEmpty();
  }

  @Test
  void refusesAProviderThatCannotRegisterWebhooksWithoutCallingIt() {
    FakeProvider limited = FakeProvider.supporting(APIWHATSAPPWEB, EnumSet.of(Operation.SEND_TEXT));

    assertThatThrownBy(() -> endpoints(whapi, limited).register(GLOBEX_ID, PUBLIC_URL))
        .isInstanceOfSatisfying(
            CapabilityNotSupportedException.class,
            e -> assertThat(e.operation()).isEqualTo(Operation.WEBHOOK_REGISTER));
    assertThat(limited.profile().calls()).isEmpty();
  }

  @Test
  void refusesAnUnknownTenant() {
    assertThatThrownBy(() -> endpoints(whapi, web).register(UNKNOWN_ID, PUBLIC_URL))
        .isInstanceOf(TenantNotFoundException.class);
    assertThat(whapi.profile().calls()).isEmpty();
    assertThat(web.profile().calls()).isEmpty();
  }
}
