package com.wagateway.bootstrap.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.application.admin.AuditEvent;
import com.wagateway.application.admin.TenantAdministration;
import com.wagateway.application.paging.Page;
import com.wagateway.application.port.AuditTrail;
import com.wagateway.application.port.TenantRepository;
import com.wagateway.domain.model.TenantId;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AuditTrail} must do; run against H2 and PostgreSQL. */
abstract class AuditTrailContract {
  private static final TenantId ACME = new TenantId("acme");
  private static final TenantId SHOP = new TenantId("shop");
  private static final Instant NOON = Instant.parse("2026-01-02T12:00:00.123456Z");

  @Inject AuditTrail audit;
  @Inject TenantRepository tenants;
  @Inject ActiveDatabase database;

  @BeforeEach
  void emptyTrail() {
    Tables.clear(database);
  }

  private static AuditEvent event(String action, TenantId tenant, Map<String, String> changes) {
    return new AuditEvent(null, NOON, "admin", action, tenant, changes);
  }

  @Test
  void keepsEveryFieldAndAssignsIds() {
    audit.record(event("tenant.created", ACME, Map.of("provider", "whapi", "credentials", "set")));

    AuditEvent stored = audit.list(null, null, 10).items().get(0);

    assertThat(stored.id()).isNotNull();
    assertThat(stored.at()).isEqualTo(NOON.truncatedTo(ChronoUnit.MICROS));
    assertThat(stored.actor()).isEqualTo("admin");
    assertThat(stored.action()).isEqualTo("tenant.created");
    assertThat(stored.tenantId()).isEqualTo(ACME);
    assertThat(stored.changes())
        .containsExactlyInAnyOrderEntriesOf(Map.of("provider", "whapi", "credentials", "set"));
  }

  @Test
  void listsNewestFirst() {
    audit.record(event("tenant.created", ACME, Map.of()));
    audit.record(event("tenant.api-key-rotated", ACME, Map.of("apiKey", "changed")));
    audit.record(event("tenant.deleted", ACME, Map.of()));

    Page<AuditEvent> page = audit.list(null, null, 10);

    assertThat(actions(page))
        .containsExactly("tenant.deleted", "tenant.api-key-rotated", "tenant.created");
    assertThat(page.items())
        .extracting(AuditEvent::id)
        .isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertThat(page.nextCursor()).isNull();
  }

  @Test
  void filtersByTenant() {
    audit.record(event("tenant.created", ACME, Map.of()));
    audit.record(event("tenant.created", SHOP, Map.of()));
    audit.record(event("tenant.deleted", ACME, Map.of()));

    assertThat(audit.list(SHOP, null, 10).items())
        .extracting(AuditEvent::tenantId)
        .containsOnly(SHOP);
    assertThat(actions(audit.list(ACME, null, 10)))
        .containsExactly("tenant.deleted", "tenant.created");
  }

  @Test
  void pagesBackwardsWithACursor() {
    for (int i = 1; i <= 5; i++) {
      audit.record(event("step-" + i, ACME, Map.of()));
    }

    Page<AuditEvent> first = audit.list(null, null, 2);
    long lastOfFirst = first.items().get(1).id();
    Page<AuditEvent> second = audit.list(null, lastOfFirst, 2);
    Page<AuditEvent> third = audit.list(null, second.items().get(1).id(), 2);

    assertThat(actions(first)).containsExactly("step-5", "step-4");
    assertThat(first.nextCursor())
        .isEqualTo(TenantAdministration.cursorAfter(String.valueOf(lastOfFirst)));
    assertThat(actions(second)).containsExactly("step-3", "step-2");
    assertThat(actions(third)).containsExactly("step-1");
    assertThat(third.nextCursor()).isNull();
  }

  @Test
  void keepsEventsWithoutATenantAndAfterTheTenantIsGone() {
    tenants.create(TenantRepositoryContract.whapi("acme", null));
    audit.record(event("tenant.created", ACME, Map.of()));
    audit.record(event("settings.changed", null, Map.of("x", "y")));
    tenants.delete(ACME);

    assertThat(actions(audit.list(ACME, null, 10))).containsExactly("tenant.created");
    assertThat(audit.list(null, null, 10).items().get(0).tenantId()).isNull();
  }

  private static List<String> actions(Page<AuditEvent> page) {
    return page.items().stream().map(AuditEvent::action).toList();
  }
}
