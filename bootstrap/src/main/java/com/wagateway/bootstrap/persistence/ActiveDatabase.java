package com.wagateway.bootstrap.persistence;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.hibernate.orm.PersistenceUnit;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.Locale;

/**
 * The persistence unit in use. Both are built into the application (H2 on the default datasource,
 * PostgreSQL on the {@code postgresql} one) and configuration activates exactly one at start-up, so
 * the packaged application switches database without a rebuild.
 */
@Singleton
public class ActiveDatabase {
  static final String POSTGRESQL = "postgresql";

  private final EntityManager entityManager;
  private final AgroalDataSource dataSource;

  ActiveDatabase(
      DatabaseSettings settings,
      @Default InjectableInstance<EntityManager> h2,
      @PersistenceUnit(POSTGRESQL) InjectableInstance<EntityManager> postgresql,
      @Default InjectableInstance<AgroalDataSource> h2DataSource,
      @DataSource(POSTGRESQL) InjectableInstance<AgroalDataSource> postgresqlDataSource) {
    boolean h2Active = h2.getHandle().getBean().isActive();
    boolean postgresqlActive = postgresql.getHandle().getBean().isActive();
    boolean wantPostgresql = settings.kind() == DatabaseSettings.Kind.POSTGRESQL;
    if (h2Active == postgresqlActive || postgresqlActive != wantPostgresql) {
      throw new IllegalStateException(
          "gateway.database.kind is "
              + settings.kind().name().toLowerCase(Locale.ROOT)
              + " but the active datasources disagree (H2 "
              + h2Active
              + ", PostgreSQL "
              + postgresqlActive
              + "): leave quarkus.datasource.active and quarkus.datasource.postgresql.active"
              + " unset, gateway.database.kind decides");
    }
    this.entityManager = wantPostgresql ? postgresql.get() : h2.get();
    this.dataSource = wantPostgresql ? postgresqlDataSource.get() : h2DataSource.get();
  }

  /** The transaction-scoped entity manager of the active unit. */
  EntityManager entityManager() {
    return entityManager;
  }

  /** The unit's datasource, for the send path's plain JDBC writes. */
  javax.sql.DataSource dataSource() {
    return dataSource;
  }
}
