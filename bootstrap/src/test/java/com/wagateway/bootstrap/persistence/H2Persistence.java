package com.wagateway.bootstrap.persistence;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The persistence tests on the embedded H2 database, in a private in-memory database. */
public class H2Persistence implements QuarkusTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "gateway.database.kind", "h2",
        "quarkus.datasource.jdbc.url", "jdbc:h2:mem:persistence-contract;DB_CLOSE_DELAY=-1");
  }
}
