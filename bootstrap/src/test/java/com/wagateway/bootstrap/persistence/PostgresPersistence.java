package com.wagateway.bootstrap.persistence;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.Optional;

/**
 * The persistence tests on a real PostgreSQL server, chosen by configuration only like in
 * production. {@code .ci/run} starts one and exports {@code GATEWAY_TEST_PG_URL} (a JDBC URL),
 * {@code GATEWAY_TEST_PG_USER} and {@code GATEWAY_TEST_PG_PASSWORD}; run with {@code -Ppostgres}.
 */
public class PostgresPersistence implements QuarkusTestProfile {
  static final String TAG = "postgres";

  @Override
  public Map<String, String> getConfigOverrides() {
    // Never throw here: Quarkus reads test profiles while discovering tests, also the ones that
    // are then excluded. Without the variable, the connection error names it instead.
    String url =
        env("GATEWAY_TEST_PG_URL").orElse("jdbc:postgresql://GATEWAY_TEST_PG_URL-is-not-set/");
    return Map.of(
        "gateway.database.kind",
        "postgresql",
        "gateway.database.url",
        url,
        "gateway.database.username",
        env("GATEWAY_TEST_PG_USER").orElse("postgres"),
        "gateway.database.password",
        env("GATEWAY_TEST_PG_PASSWORD").orElse(""));
  }

  private static Optional<String> env(String name) {
    return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
  }
}
