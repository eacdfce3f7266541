package com.wagateway.application.channel;

import static com.wagateway.application.fake.Tenants.ACME;
import static com.wagateway.application.fake.Tenants.ACME_ID;
import static com.wagateway.application.fake.Tenants.GLOBEX;
import static com.wagateway.application.fake.Tenants.GLOBEX_ID;
import static com.wagateway.application.fake.Tenants.UNKNOWN_ID;
import static com.wagateway.domain.model.ProviderId.APIWHATSAPPWEB;
import static com.wagateway.domain.model.ProviderId.WHAPI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.application.fake.FakeChannel;
import com.wagateway.application.fake.FakeProvider;
import com.wagateway.application.fake.InMemoryTenantDirectory;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.channel.WebhookProbe;
import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.error.TenantNotFoundException;
import com.wagateway.domain.port.Operation;
import java.util.EnumSet;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ManageChannelTest {
  private static final WebhookProbe PROBE =
      new WebhookProbe("https://hooks.example.com/whatsapp", "messages");

  private final FakeProvider whapi = FakeProvider.supportingEverything(WHAPI);
  private final FakeProvider web =
      FakeProvider.supporting(APIWHATSAPPWEB, EnumSet.of(Operation.SEND_TEXT));
  private final ManageChannel channel =
      new ManageChannel(
          new TenantResolver(new InMemoryTenantDirectory(ACME, GLOBEX)),
          FakeProvider.router(whapi, web));

  @Test
  void readsLimitsAndEventsAndSendsTheTestEventThroughTheTenantsProvider() {
    assertThat(channel.limits(ACME_ID)).contains(FakeChannel.TRIAL);
    assertThat(channel.events(ACME_ID)).isEqualTo(FakeChannel.EVENTS);

    channel.testWebhook(ACME_ID, PROBE);

    assertThat(whapi.channel().probes()).containsExactly(PROBE);
  }

  @Test
  void refusesEveryOperationBeforeAnyCallWhenTheProviderHasNoChannelOperations() {
    refused(() -> channel.limits(GLOBEX_ID), Operation.CHANNEL_LIMITS);
    refused(() -> channel.events(GLOBEX_ID), Operation.CHANNEL_EVENTS);
    refused(() -> channel.testWebhook(GLOBEX_ID, PROBE), Operation.CHANNEL_WEBHOOK_TEST);

    assertThat(web.channel().calls()).isZero();
  }

  @Test
  void refusesAnUnknownTenant() {
    assertThatThrownBy(() -> channel.limits(UNKNOWN_ID))
        .isInstanceOf(TenantNotFoundException.class);
  }

  private static void refused(ThrowingCallable call, Operation operation) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            CapabilityNotSupportedException.class,
            e -> assertThat(e.operation()).isEqualTo(operation));
  }
}
