package com.wagateway.application.providerapi;

import static com.wagateway.application.fake.Tenants.ACME;
import static com.wagateway.application.fake.Tenants.ACME_ID;
import static com.wagateway.application.fake.Tenants.GLOBEX;
import static com.wagateway.application.fake.Tenants.GLOBEX_ID;
import static com.wagateway.domain.model.ProviderId.APIWHATSAPPWEB;
import static com.wagateway.domain.model.ProviderId.WHAPI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.application.fake.FakeProvider;
import com.wagateway.application.fake.InMemoryAuditTrail;
import com.wagateway.application.fake.InMemoryTenantDirectory;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.providerapi.ProviderRequest;
import com.wagateway.domain.providerapi.ProviderRequest.HttpMethod;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallProviderApiTest {
  private final FakeProvider whapi = FakeProvider.supportingEverything(WHAPI);
  private final FakeProvider web = FakeProvider.supporting(APIWHATSAPPWEB, java.util.Set.of());
  private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  private final List<TenantId> rateLimited = new ArrayList<>();
  private final CallProviderApi calls =
      new CallProviderApi(
          new TenantResolver(new InMemoryTenantDirectory(ACME, GLOBEX)),
          FakeProvider.router(whapi, web),
          rateLimited::add,
          audit,
          Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

  private static ProviderRequest request(HttpMethod method, String path) {
    byte[] body = method.onlyReads() ? null : "{\"secret\":1}".getBytes(StandardCharsets.UTF_8);
    return new ProviderRequest(method, path, Map.of(), "application/json", body);
  }

  @Test
  void aReadIsNeitherRateLimitedNorAudited() {
    calls.call(ACME_ID, WHAPI, request(HttpMethod.GET, "/groups"));

    assertThat(whapi.api().calls()).containsExactly("read GET /groups");
    assertThat(rateLimited).isEmpty();
    assertThat(audit.list(ACME_ID, null, 10).items()).isEmpty();
  }

  @Test
  void aChangeIsAuditedWithItsOperationButNotItsBody() {
    calls.call(ACME_ID, WHAPI, request(HttpMethod.POST, "/groups"));

    assertThat(whapi.api().calls()).containsExactly("change POST /groups");
    assertThat(rateLimited).isEmpty();
    assertThat(audit.list(ACME_ID, null, 10).items())
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.action()).isEqualTo("whapi.api.called");
              assertThat(event.changes())
                  .containsEntry("operation", "POST /groups")
                  .containsEntry("status", "200");
              assertThat(event.changes().toString()).doesNotContain("secret");
            });
  }

  @Test
  void sendsCountAgainstTheRateLimitAndOtherChangesDoNot() {
    calls.call(ACME_ID, WHAPI, request(HttpMethod.POST, "/messages/carousel"));
    calls.call(ACME_ID, WHAPI, request(HttpMethod.POST, "/stories/send/text"));
    calls.call(ACME_ID, WHAPI, request(HttpMethod.POST, "/messages/{MessageID}/pin"));
    calls.call(ACME_ID, WHAPI, request(HttpMethod.POST, "/newsletters"));

    assertThat(rateLimited).containsExactly(ACME_ID, ACME_ID);
  }

  @Test
  void aTenantOnAnotherProviderIsRefusedBeforeAnyCall() {
    assertThatThrownBy(() -> calls.call(GLOBEX_ID, WHAPI, request(HttpMethod.GET, "/groups")))
        .isInstanceOf(CapabilityNotSupportedException.class)
        .hasMessageContaining("apiwhatsappweb");
    assertThatThrownBy(
            () -> calls.call(GLOBEX_ID, APIWHATSAPPWEB, request(HttpMethod.GET, "/groups")))
        .isInstanceOf(CapabilityNotSupportedException.class);

    assertThat(whapi.api().calls()).isEmpty();
    assertThat(web.api().calls()).isEmpty();
  }
}
