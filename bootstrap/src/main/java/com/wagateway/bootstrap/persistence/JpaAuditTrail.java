package com.wagateway.bootstrap.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wagateway.application.admin.AuditEvent;
import com.wagateway.application.admin.TenantAdministration;
import com.wagateway.application.paging.Page;
import com.wagateway.application.port.AuditTrail;
import com.wagateway.domain.model.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The audit trail in the database, append-only; ids come from the database and grow. */
@ApplicationScoped
@Transactional
public class JpaAuditTrail implements AuditTrail {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, String>> CHANGES = new TypeReference<>() {};

  private final ActiveDatabase database;

  JpaAuditTrail(ActiveDatabase database) {
    this.database = database;
  }

  @Override
  public void record(AuditEvent event) {
    AuditEventEntity row = new AuditEventEntity();
    row.at = event.at() == null ? Instant.now() : event.at();
    row.actor = event.actor();
    row.action = event.action();
    row.tenantId = event.tenantId() == null ? null : event.tenantId().value();
    row.changes = toJson(event.changes());
    em().persist(row);
  }

  @Override
  public Page<AuditEvent> list(TenantId tenant, Long beforeId, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive");
    }
    String where =
        (tenant == null ? "" : " and tenantId = :tenant")
            + (beforeId == null ? "" : " and id < :before");
    var query =
        em().createQuery(
                "from AuditEventEntity where 1 = 1" + where + " order by id desc",
                AuditEventEntity.class)
            .setMaxResults(limit + 1);
    if (tenant != null) {
      query.setParameter("tenant", tenant.value());
    }
    if (beforeId != null) {
      query.setParameter("before", beforeId);
    }
    List<AuditEventEntity> rows = query.getResultList();
    List<AuditEvent> items = rows.stream().limit(limit).map(JpaAuditTrail::toEvent).toList();
    String next =
        rows.size() > limit
            ? TenantAdministration.cursorAfter(String.valueOf(items.get(limit - 1).id()))
            : null;
    return new Page<>(items, next);
  }

  private static AuditEvent toEvent(AuditEventEntity row) {
    return new AuditEvent(
        row.id,
        row.at,
        row.actor,
        row.action,
        row.tenantId == null ? null : new TenantId(row.tenantId),
        fromJson(row.changes));
  }

  private static String toJson(Map<String, String> changes) {
    try {
      return JSON.writeValueAsString(new TreeMap<>(changes));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialize audit changes", e);
    }
  }

  private static Map<String, String> fromJson(String json) {
    try {
      return JSON.readValue(json, CHANGES);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored audit changes are not a JSON object of strings", e);
    }
  }

  private EntityManager em() {
    return database.entityManager();
  }
}
