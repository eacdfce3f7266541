package com.wagateway.bootstrap.persistence;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.hibernate.orm.PersistenceUnit;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

/**
 * The active database with the send journal's connections behind {@link #GATE}, so that an
 * end-to-end test can stall the journal while everything else reads and writes as usual. Used only
 * by test profiles that enable it as an alternative.
 */
@Alternative
@Singleton
public class GatedDatabase extends ActiveDatabase {
  public static final ConnectionGate GATE = new ConnectionGate();

  GatedDatabase(
      DatabaseSettings settings,
      @Default InjectableInstance<EntityManager> h2,
      @PersistenceUnit(POSTGRESQL) InjectableInstance<EntityManager> postgresql,
      @Default InjectableInstance<AgroalDataSource> h2DataSource,
      @DataSource(POSTGRESQL) InjectableInstance<AgroalDataSource> postgresqlDataSource) {
    super(settings, h2, postgresql, h2DataSource, postgresqlDataSource);
  }

  @Override
  javax.sql.DataSource dataSource() {
    return GATE.guard(super.dataSource());
  }
}
