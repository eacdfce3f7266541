package com.wagateway.bootstrap.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.Clob;

/** Test helper: empties the tables so each test starts from a known state. */
final class Tables {
  private Tables() {}

  static void clear(ActiveDatabase database) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (String table :
                  new String[] {
                    // children before parents: attempts reference deliveries, which reference
                    // subscriptions
                    "webhook_attempts",
                    "webhook_deliveries",
                    "webhook_subscriptions",
                    "inbound_events",
                    "received_messages",
                    "message_status_history",
                    "messages",
                    "idempotency_keys",
                    "early_statuses",
                    "audit_events",
                    "console_sessions",
                    "tenants"
                  }) {
                database.entityManager().createNativeQuery("delete from " + table).executeUpdate();
              }
            });
  }

  static String storedCredentials(ActiveDatabase database, String tenantId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                (String)
                    database
                        .entityManager()
                        .createNativeQuery("select credentials from tenants where id = :id")
                        .setParameter("id", tenantId)
                        .getSingleResult());
  }

  /** The {@code secret} column as stored; H2 may hand a TEXT column back as a CLOB. */
  static String storedSigningSecret(ActiveDatabase database, String subscriptionId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Object value =
                  database
                      .entityManager()
                      .createNativeQuery("select secret from webhook_subscriptions where id = :id")
                      .setParameter("id", subscriptionId)
                      .getSingleResult();
              return value instanceof Clob clob
                  ? clob.getSubString(1, (int) clob.length())
                  : (String) value;
            });
  }

  static long count(ActiveDatabase database, String table) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        database
                            .entityManager()
                            .createNativeQuery("select count(*) from " + table)
                            .getSingleResult())
                    .longValue());
  }
}
