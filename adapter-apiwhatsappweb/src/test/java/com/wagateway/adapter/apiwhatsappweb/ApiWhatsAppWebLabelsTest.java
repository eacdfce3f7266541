package com.wagateway.adapter.apiwhatsappweb;

import static com.wagateway.adapter.apiwhatsappweb.ProviderStub.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.label.LabelColor;
import com.wagateway.domain.label.LabelId;
import com.wagateway.domain.label.NewLabel;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.Operation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** API WhatsApp Web has no labels: it declares none, and refuses every call, naming why. */
class ApiWhatsAppWebLabelsTest {
  private static final LabelId VIP = new LabelId("7");
  private final ApiWhatsAppWebLabels labels = new ApiWhatsAppWebLabels();

  @Test
  void declaresNoLabelOperation() {
    assertThat(labels.provider()).isEqualTo(ProviderId.APIWHATSAPPWEB);
    assertThat(labels.supportedOperations()).isEmpty();
  }

  @Test
  void refusesEveryCallAsUnsupported() {
    refuses(() -> labels.list(ACCOUNT), Operation.LABELS_LIST);
    refuses(
        () -> labels.create(ACCOUNT, new NewLabel(VIP, "VIP", LabelColor.GOLD)),
        Operation.LABELS_CREATE);
    refuses(() -> labels.labelled(ACCOUNT, VIP), Operation.LABELS_READ);
    refuses(
        () -> labels.labelChat(ACCOUNT, VIP, "573001234567@s.whatsapp.net"),
        Operation.LABELS_ASSIGN);
    refuses(() -> labels.labelMessage(ACCOUNT, VIP, "m-1"), Operation.LABELS_ASSIGN);
    refuses(
        () -> labels.unlabelChat(ACCOUNT, VIP, "573001234567@s.whatsapp.net"),
        Operation.LABELS_REMOVE);
    refuses(() -> labels.unlabelMessage(ACCOUNT, VIP, "m-1"), Operation.LABELS_REMOVE);
  }

  private static void refuses(ThrowingCallable call, Operation operation) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            CapabilityNotSupportedException.class,
            e -> {
              assertThat(e.operation()).isEqualTo(operation);
              assertThat(e.getMessage()).contains("no labels");
            });
  }
}
