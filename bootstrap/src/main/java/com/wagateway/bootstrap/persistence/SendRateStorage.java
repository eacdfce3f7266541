package com.wagateway.bootstrap.persistence;

import com.wagateway.bootstrap.resilience.InMemoryTokenBuckets;
import com.wagateway.bootstrap.resilience.TokenBuckets;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Chooses at start-up where the send-rate buckets live: in PostgreSQL, shared by every gateway
 * process on it; on H2, which one process embeds, in that process's memory.
 */
@Singleton
class SendRateStorage {

  @Produces
  @Singleton
  TokenBuckets tokenBuckets(DatabaseSettings settings, ActiveDatabase database) {
    return settings.kind() == DatabaseSettings.Kind.POSTGRESQL
        ? new PostgresTokenBuckets(database.dataSource())
        : new InMemoryTokenBuckets();
  }
}
