package com.wagateway.bootstrap.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Test helper: empties the tables so each test starts from a known state. */
final class Tables {
  private Tables() {}

  static void clear(ActiveDatabase database) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (String table :
                  new String[] {
                    "message_status_history",
                    "messages",
                    "idempotency_keys",
                    "audit_events",
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
}
