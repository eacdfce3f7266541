package com.wagateway.bootstrap.persistence;

import com.wagateway.application.messaging.MessageQuery;
import com.wagateway.domain.model.TenantId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The keyset query behind a message listing: filters, then strictly after the position. */
final class MessageListing {
  private MessageListing() {}

  static List<MessageEntity> rows(
      EntityManager em, TenantId tenant, MessageQuery query, KeysetPosition after, int max) {
    StringBuilder where = new StringBuilder("where m.tenantId = :tenant");
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("tenant", tenant.value());
    if (query != null && query.status() != null) {
      where.append(" and m.status = :status");
      parameters.put("status", query.status().name());
    }
    if (query != null && query.recipient() != null) {
      where.append(" and m.recipient = :recipient");
      parameters.put("recipient", query.recipient());
    }
    if (query != null && query.from() != null) {
      where.append(" and m.createdAt >= :from");
      parameters.put("from", query.from());
    }
    if (query != null && query.to() != null) {
      where.append(" and m.createdAt < :to");
      parameters.put("to", query.to());
    }
    if (after != null) {
      where.append(" and (m.createdAt < :afterAt or (m.createdAt = :afterAt and m.id < :afterId))");
      parameters.put("afterAt", after.createdAt());
      parameters.put("afterId", after.id());
    }
    TypedQuery<MessageEntity> select =
        em.createQuery(
            "from MessageEntity m " + where + " order by m.createdAt desc, m.id desc",
            MessageEntity.class);
    parameters.forEach(select::setParameter);
    return select.setMaxResults(max).getResultList();
  }
}
