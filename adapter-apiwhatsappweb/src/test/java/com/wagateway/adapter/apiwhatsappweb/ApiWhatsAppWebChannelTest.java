package com.wagateway.adapter.apiwhatsappweb;

import static com.wagateway.adapter.apiwhatsappweb.ProviderStub.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.domain.channel.WebhookProbe;
import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.Operation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** API WhatsApp Web has no channel operations: it declares none, and refuses every call. */
class ApiWhatsAppWebChannelTest {
  private final ApiWhatsAppWebChannel channel = new ApiWhatsAppWebChannel();

  @Test
  void declaresNoChannelOperation() {
    assertThat(channel.provider()).isEqualTo(ProviderId.APIWHATSAPPWEB);
    assertThat(channel.supportedOperations()).isEmpty();
  }

  @Test
  void refusesEveryCallAsUnsupported() {
    refuses(() -> channel.limits(ACCOUNT), Operation.CHANNEL_LIMITS);
    refuses(() -> channel.events(ACCOUNT), Operation.CHANNEL_EVENTS);
    refuses(
        () ->
            channel.testWebhook(ACCOUNT, new WebhookProbe("https://hooks.example.com", "messages")),
        Operation.CHANNEL_WEBHOOK_TEST);
  }

  private static void refuses(ThrowingCallable call, Operation operation) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            CapabilityNotSupportedException.class,
            e -> {
              assertThat(e.operation()).isEqualTo(operation);
              assertThat(e.getMessage()).contains("no channel limits");
            });
  }
}
