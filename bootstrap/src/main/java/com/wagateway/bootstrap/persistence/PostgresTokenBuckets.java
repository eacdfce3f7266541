package com.wagateway.bootstrap.persistence;

import com.wagateway.bootstrap.resilience.SendLimit;
import com.wagateway.bootstrap.resilience.TokenBuckets;
import com.wagateway.domain.error.TenantNotFoundException;
import com.wagateway.domain.model.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The buckets in PostgreSQL ({@code send_rate_buckets}), shared by every gateway process on the
 * database, so a tenant's limit holds for its WhatsApp number however many gateways send for it.
 *
 * <p>One statement, one round trip per send: it creates the row full on a tenant's first send or
 * else refills it by the time passed on the database's clock, takes a token when there is a whole
 * one, and returns the decision and the tokens left. Concurrent sends, from any process, queue on
 * the row's lock, so no two take the same token. Rate and burst are parameters: the configured
 * limit applies from the next send.
 */
final class PostgresTokenBuckets implements TokenBuckets {
  private static final String FOREIGN_KEY_VIOLATION = "23503";

  /**
   * Tokens now: those left plus what flowed in since, capped at the burst. The time is {@code
   * clock_timestamp()}, read once into the proposed row ({@code EXCLUDED}): {@code now()} would be
   * the start of a surrounding transaction, if a caller ever had one. A send that queued behind a
   * later one for the lock gets no time back, never negative time.
   */
  private static final String LEVEL =
      "LEAST(?, b.tokens + ? * GREATEST(0, EXTRACT(EPOCH FROM EXCLUDED.refilled_at - b.refilled_at)))";

  static final String TAKE =
      "INSERT INTO send_rate_buckets AS b (tenant_id, tokens, refilled_at, granted)"
          + " VALUES (?, ?, clock_timestamp(), TRUE)"
          + " ON CONFLICT (tenant_id) DO UPDATE SET"
          + (" tokens = " + LEVEL + " - CASE WHEN " + LEVEL + " >= 1 THEN 1 ELSE 0 END,")
          + (" granted = " + LEVEL + " >= 1,")
          + " refilled_at = GREATEST(b.refilled_at, EXCLUDED.refilled_at)"
          + " RETURNING granted, tokens";
  private static final int LEVELS = 3;

  private final DataSource dataSource;

  PostgresTokenBuckets(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public long take(TenantId tenant, SendLimit limit) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement take = connection.prepareStatement(TAKE)) {
      take.setString(1, tenant.value());
      take.setDouble(2, limit.burst() - 1); // a new row: full, less this send's token
      for (int level = 0; level < LEVELS; level++) {
        take.setDouble(3 + 2 * level, limit.burst());
        take.setDouble(4 + 2 * level, limit.ratePerSecond());
      }
      try (ResultSet row = take.executeQuery()) {
        row.next();
        return row.getBoolean(1) ? 0 : limit.nanosUntilOne(row.getDouble(2));
      }
    } catch (SQLException e) {
      if (FOREIGN_KEY_VIOLATION.equals(e.getSQLState())) {
        throw new TenantNotFoundException(tenant); // deleted since it was read
      }
      throw new IllegalStateException("Could not take a send from the tenant's allowance", e);
    }
  }

  @Override
  public boolean blocks() {
    return true;
  }

  /** Nothing to do: the row is deleted with the tenant's (on delete cascade). */
  @Override
  public void forget(TenantId tenant) {}
}
