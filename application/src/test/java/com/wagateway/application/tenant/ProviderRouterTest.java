package com.wagateway.application.tenant;

import static com.wagateway.application.fake.Tenants.ACME;
import static com.wagateway.application.fake.Tenants.ACME_ID;
import static com.wagateway.application.fake.Tenants.GLOBEX;
import static com.wagateway.application.fake.Tenants.GLOBEX_ID;
import static com.wagateway.domain.model.ProviderId.APIWHATSAPPWEB;
import static com.wagateway.domain.model.ProviderId.WHAPI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.application.fake.FakeInstanceStatus;
import com.wagateway.application.fake.FakeMessageSender;
import com.wagateway.application.fake.FakeProfileConfigurer;
import com.wagateway.application.fake.FakeProvider;
import com.wagateway.application.fake.InMemoryTenantDirectory;
import com.wagateway.application.fake.Tenants;
import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.MessageSender;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.port.ProviderPort;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProviderRouterTest {
  private final FakeProvider whapi = FakeProvider.supportingEverything(WHAPI);
  private final FakeProvider web =
      FakeProvider.supporting(
          APIWHATSAPPWEB,
          EnumSet.of(Operation.SEND_TEXT, Operation.PROFILE_READ, Operation.INSTANCE_STATUS));
  private final ProviderRouter router = FakeProvider.router(whapi, web);

  @Test
  void routesEachTenantToThePortsOfItsOwnProvider() {
    assertThat(router.sender(ACME.account(), Operation.SEND_TEXT)).isSameAs(whapi.sender());
    assertThat(router.profile(ACME.account(), Operation.PROFILE_READ)).isSameAs(whapi.profile());
    assertThat(router.instance(ACME.account(), Operation.INSTANCE_STATUS))
        .isSameAs(whapi.instance());

    assertThat(router.sender(GLOBEX.account(), Operation.SEND_TEXT)).isSameAs(web.sender());
    assertThat(router.profile(GLOBEX.account(), Operation.PROFILE_READ)).isSameAs(web.profile());
    assertThat(router.instance(GLOBEX.account(), Operation.INSTANCE_STATUS))
        .isSameAs(web.instance());
  }

  @Test
  void routesATenantToItsNewProviderOnTheNextCallAfterItsCredentialsChange() {
    var directory = new InMemoryTenantDirectory(ACME);
    var tenants = new TenantResolver(directory);
    assertThat(router.sender(tenants.require(ACME_ID).account(), Operation.SEND_TEXT))
        .isSameAs(whapi.sender());

    directory.put(Tenants.acmeOnApiWhatsAppWeb());

    assertThat(router.sender(tenants.require(ACME_ID).account(), Operation.SEND_TEXT))
        .isSameAs(web.sender());
  }

  @Test
  void refusesAnOperationTheProviderDoesNotSupport() {
    assertThatThrownBy(() -> router.sender(GLOBEX.account(), Operation.SEND_POLL))
        .isInstanceOfSatisfying(
            CapabilityNotSupportedException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.CAPABILITY_NOT_SUPPORTED);
              assertThat(e.operation()).isEqualTo(Operation.SEND_POLL);
              assertThat(e.tenantId()).contains(GLOBEX_ID);
              assertThat(e.provider()).contains(APIWHATSAPPWEB);
            });
    assertThatThrownBy(() -> router.profile(GLOBEX.account(), Operation.AUTO_READ))
        .isInstanceOf(CapabilityNotSupportedException.class);
    assertThatThrownBy(() -> router.instance(GLOBEX.account(), Operation.INSTANCE_QR))
        .isInstanceOf(CapabilityNotSupportedException.class);
  }

  @Test
  void refusesAnOperationThatBelongsToAnotherPort() {
    assertThatThrownBy(() -> router.sender(ACME.account(), Operation.PROFILE_READ))
        .isInstanceOf(CapabilityNotSupportedException.class);
  }

  @Test
  void listsWhatAProviderSupportsAcrossItsThreePorts() {
    assertThat(router.supportedOperations(APIWHATSAPPWEB))
        .containsExactlyInAnyOrder(
            Operation.SEND_TEXT, Operation.PROFILE_READ, Operation.INSTANCE_STATUS);
    assertThat(router.supportedOperations(WHAPI)).containsExactlyInAnyOrder(Operation.values());
  }

  @Test
  void failsAtConstructionWhenAProviderLacksAPort() {
    assertThatThrownBy(
            () ->
                new ProviderRouter(
                    List.of(whapi.sender()),
                    List.of(whapi.profile(), web.profile()),
                    List.of(whapi.instance(), web.instance()),
                    List.of(whapi.media(), web.media()),
                    List.of(whapi.conversations(), web.conversations())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("No MessageSender implementation for apiwhatsappweb");
    assertThatThrownBy(
            () ->
                new ProviderRouter(
                    List.of(whapi.sender(), web.sender()),
                    List.of(whapi.profile(), web.profile()),
                    List.of(web.instance()),
                    List.of(whapi.media(), web.media()),
                    List.of(whapi.conversations(), web.conversations())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("No InstanceStatus implementation for whapi");
    assertThatThrownBy(
            () ->
                new ProviderRouter(
                    List.of(whapi.sender(), web.sender()),
                    List.of(whapi.profile(), web.profile()),
                    List.of(whapi.instance(), web.instance()),
                    List.of(whapi.media(), web.media()),
                    List.of(whapi.conversations())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("No ConversationActions implementation for apiwhatsappweb");
  }

  @Test
  void failsAtConstructionWhenAProviderHasTwoImplementationsOfAPort() {
    var secondProfile = new FakeProfileConfigurer(WHAPI, Set.of());

    assertThatThrownBy(
            () ->
                new ProviderRouter(
                    List.of(whapi.sender(), web.sender()),
                    List.of(whapi.profile(), secondProfile, web.profile()),
                    List.of(whapi.instance(), web.instance()),
                    List.of(whapi.media(), web.media()),
                    List.of(whapi.conversations(), web.conversations())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Two ProfileConfigurer implementations");
  }

  @Test
  void failsAtConstructionWithNoPortsAtAll() {
    assertThatThrownBy(
            () -> new ProviderRouter(List.of(), List.of(), List.of(), List.of(), List.of()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void acceptsOneCompleteSetOfPortsPerProvider() {
    var router =
        new ProviderRouter(
            List.of(new FakeMessageSender(APIWHATSAPPWEB, Set.of()), whapi.sender()),
            List.of(whapi.profile(), web.profile()),
            List.of(new FakeInstanceStatus(WHAPI, Set.of()), web.instance()),
            List.of(whapi.media(), web.media()),
            List.of(whapi.conversations(), web.conversations()));

    assertThat(router.supportedOperations(APIWHATSAPPWEB))
        .containsExactlyInAnyOrder(Operation.PROFILE_READ, Operation.INSTANCE_STATUS);
  }

  /** A port type the router was not written for: one registration serves it. */
  interface Labels extends ProviderPort {}

  private static Labels labels(ProviderId provider, Operation... supported) {
    return new Labels() {
      @Override
      public ProviderId provider() {
        return provider;
      }

      @Override
      public Set<Operation> supportedOperations() {
        return supported.length == 0 ? Set.of() : EnumSet.copyOf(List.of(supported));
      }
    };
  }

  @Test
  void aNewPortTypeIsOneRegistration() {
    Labels onWhapi = labels(WHAPI, Operation.CHAT_READ);
    var extended =
        new ProviderRouter(
            new ProviderRouter.Ports()
                .add(MessageSender.class, List.of(whapi.sender(), web.sender()))
                .add(Labels.class, List.of(onWhapi, labels(APIWHATSAPPWEB))));

    assertThat(extended.port(Labels.class, ACME.account(), Operation.CHAT_READ)).isSameAs(onWhapi);
    assertThatThrownBy(() -> extended.port(Labels.class, GLOBEX.account(), Operation.CHAT_READ))
        .isInstanceOf(CapabilityNotSupportedException.class);
    assertThatThrownBy(() -> extended.port(FakeLabels.class, ACME.account(), Operation.CHAT_READ))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("No port of type FakeLabels registered");
    assertThat(extended.supportedOperations(WHAPI)).contains(Operation.CHAT_READ);
  }

  @Test
  void aNewPortTypeMustBeBroughtByEveryProvider() {
    assertThatThrownBy(
            () ->
                new ProviderRouter(
                    new ProviderRouter.Ports().add(Labels.class, List.of(labels(WHAPI)))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("No Labels implementation for apiwhatsappweb");
  }

  /** Never registered. */
  interface FakeLabels extends Labels {}
}
