package com.wagateway.application.capabilities;

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
import com.wagateway.application.fake.Tenants;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.error.TenantNotFoundException;
import com.wagateway.domain.port.Operation;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DescribeCapabilitiesTest {
  private static final Set<Operation> WEB_SUPPORTS =
      EnumSet.of(
          Operation.SEND_TEXT,
          Operation.SEND_IMAGE,
          Operation.SEND_LOCATION,
          Operation.PROFILE_READ,
          Operation.AUTO_READ,
          Operation.INSTANCE_STATUS,
          Operation.INSTANCE_QR);

  private final FakeProvider whapi = FakeProvider.supportingEverything(WHAPI);
  private final FakeProvider web = FakeProvider.supporting(APIWHATSAPPWEB, WEB_SUPPORTS);
  private final InMemoryTenantDirectory directory = new InMemoryTenantDirectory(ACME, GLOBEX);
  private final DescribeCapabilities describe =
      new DescribeCapabilities(new TenantResolver(directory), FakeProvider.router(whapi, web));

  private static Map<Operation, Boolean> expected(Set<Operation> supported) {
    return EnumSet.allOf(Operation.class).stream()
        .collect(Collectors.toMap(Function.identity(), supported::contains));
  }

  @Test
  void listsEveryOperationAsSupportedOrNotByTheTenantsProvider() {
    Capabilities capabilities = describe.of(GLOBEX_ID);

    assertThat(capabilities.tenantId()).isEqualTo(GLOBEX_ID);
    assertThat(capabilities.provider()).isEqualTo(APIWHATSAPPWEB);
    assertThat(capabilities.operations())
        .hasSize(Operation.values().length)
        .containsExactlyInAnyOrderEntriesOf(expected(WEB_SUPPORTS));
  }

  @Test
  void listsEverythingTrueForAProviderThatSupportsAll() {
    Capabilities capabilities = describe.of(ACME_ID);

    assertThat(capabilities.provider()).isEqualTo(WHAPI);
    assertThat(capabilities.operations())
        .hasSize(Operation.values().length)
        .allSatisfy((operation, supported) -> assertThat(supported).isTrue());
  }

  @Test
  void describesTheNewProviderOnceATenantSwitches() {
    directory.put(Tenants.acmeOnApiWhatsAppWeb());

    Capabilities capabilities = describe.of(ACME_ID);

    assertThat(capabilities.provider()).isEqualTo(APIWHATSAPPWEB);
    assertThat(capabilities.operations())
        .containsExactlyInAnyOrderEntriesOf(expected(WEB_SUPPORTS));
  }

  @Test
  void listsNothingSupportedForAProviderThatDeclaresNothing() {
    var bare = FakeProvider.supporting(APIWHATSAPPWEB, Set.of());
    var describeBare =
        new DescribeCapabilities(new TenantResolver(directory), FakeProvider.router(whapi, bare));

    assertThat(describeBare.of(GLOBEX_ID).operations())
        .hasSize(Operation.values().length)
        .doesNotContainValue(true);
  }

  @Test
  void refusesAnUnknownTenant() {
    assertThatThrownBy(() -> describe.of(UNKNOWN_ID)).isInstanceOf(TenantNotFoundException.class);
  }

  @Test
  void keepsAnImmutableCopyOfTheOperations() {
    var operations = new java.util.EnumMap<Operation, Boolean>(Operation.class);
    operations.put(Operation.SEND_TEXT, true);
    var capabilities = new Capabilities(ACME_ID, WHAPI, operations);

    operations.put(Operation.SEND_POLL, false);

    assertThat(capabilities.operations()).containsOnlyKeys(Operation.SEND_TEXT);
  }
}
