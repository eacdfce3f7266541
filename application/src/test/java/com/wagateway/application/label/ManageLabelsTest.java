package com.wagateway.application.label;

import static com.wagateway.application.fake.Tenants.ACME;
import static com.wagateway.application.fake.Tenants.ACME_ID;
import static com.wagateway.application.fake.Tenants.GLOBEX;
import static com.wagateway.application.fake.Tenants.GLOBEX_ID;
import static com.wagateway.application.fake.Tenants.UNKNOWN_ID;
import static com.wagateway.domain.model.ProviderId.APIWHATSAPPWEB;
import static com.wagateway.domain.model.ProviderId.WHAPI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.application.fake.FakeProvider;
import com.wagateway.application.fake.InMemoryTenantDirectory;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.error.GatewayException;
import com.wagateway.domain.error.TenantNotFoundException;
import com.wagateway.domain.label.Label;
import com.wagateway.domain.label.LabelColor;
import com.wagateway.domain.label.LabelId;
import com.wagateway.domain.label.Labelled;
import com.wagateway.domain.label.NewLabel;
import com.wagateway.domain.port.Operation;
import java.util.EnumSet;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ManageLabelsTest {
  private static final LabelId VIP = new LabelId("7");
  private static final String CHAT = "573001234567@s.whatsapp.net";

  private final FakeProvider whapi = FakeProvider.supportingEverything(WHAPI);
  private final FakeProvider web =
      FakeProvider.supporting(APIWHATSAPPWEB, EnumSet.of(Operation.SEND_TEXT));
  private final ManageLabels labels =
      new ManageLabels(
          new TenantResolver(new InMemoryTenantDirectory(ACME, GLOBEX)),
          FakeProvider.router(whapi, web));

  @Test
  void createsALabelAndPutsItOnAChatAndAMessageThroughTheTenantsProvider() {
    labels.create(ACME_ID, new NewLabel(VIP, "VIP", LabelColor.GOLD));
    labels.labelChat(ACME_ID, VIP, CHAT);
    labels.labelMessage(ACME_ID, VIP, "PsobWy36679._7w-wKmB9tMeGQ");

    assertThat(labels.list(ACME_ID)).containsExactly(new Label(VIP, "VIP", "gold", 2));
    Labelled labelled = labels.labelled(ACME_ID, VIP);
    assertThat(labelled.chats()).extracting(Labelled.Chat::chatId).containsExactly(CHAT);
    assertThat(labelled.messages())
        .extracting(Labelled.Message::providerMessageId)
        .containsExactly("PsobWy36679._7w-wKmB9tMeGQ");
  }

  @Test
  void takesALabelOffAChatAndAMessage() {
    labels.create(ACME_ID, new NewLabel(VIP, "VIP", LabelColor.GOLD));
    labels.labelChat(ACME_ID, VIP, CHAT);
    labels.labelMessage(ACME_ID, VIP, "msg-1");

    labels.unlabelChat(ACME_ID, VIP, CHAT);
    labels.unlabelMessage(ACME_ID, VIP, "msg-1");

    assertThat(labels.labelled(ACME_ID, VIP)).isEqualTo(new Labelled(List.of(), List.of()));
  }

  @Test
  void refusesEveryOperationBeforeAnyCallWhenTheProviderHasNoLabels() {
    refused(() -> labels.list(GLOBEX_ID), Operation.LABELS_LIST);
    refused(
        () -> labels.create(GLOBEX_ID, new NewLabel(VIP, "VIP", LabelColor.GOLD)),
        Operation.LABELS_CREATE);
    refused(() -> labels.labelled(GLOBEX_ID, VIP), Operation.LABELS_READ);
    refused(() -> labels.labelChat(GLOBEX_ID, VIP, CHAT), Operation.LABELS_ASSIGN);
    refused(() -> labels.labelMessage(GLOBEX_ID, VIP, "m-1"), Operation.LABELS_ASSIGN);
    refused(() -> labels.unlabelChat(GLOBEX_ID, VIP, CHAT), Operation.LABELS_REMOVE);
    refused(() -> labels.unlabelMessage(GLOBEX_ID, VIP, "m-1"), Operation.LABELS_REMOVE);

    assertThat(web.labels().calls()).isZero();
  }

  private static void refused(ThrowingCallable call, Operation operation) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            CapabilityNotSupportedException.class,
            e -> assertThat(e.operation()).isEqualTo(operation));
  }

  @Test
  void passesTheProvidersNotFoundOn() {
    assertThatThrownBy(() -> labels.labelled(ACME_ID, new LabelId("99")))
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
  }

  @Test
  void refusesAnUnknownTenant() {
    assertThatThrownBy(() -> labels.list(UNKNOWN_ID)).isInstanceOf(TenantNotFoundException.class);
  }
}
