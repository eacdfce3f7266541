package com.wagateway.bootstrap.persistence;

import com.wagateway.application.outbound.SigningSecret;
import com.wagateway.application.outbound.Subscription;
import com.wagateway.application.port.SubscriptionStore;
import com.wagateway.domain.event.EventType;
import com.wagateway.domain.model.TenantId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Subscriptions in the active database, their signing secrets encrypted with the master key. */
@ApplicationScoped
public class JpaSubscriptionStore implements SubscriptionStore {
  private final ActiveDatabase database;
  private final CredentialCipher cipher;

  JpaSubscriptionStore(ActiveDatabase database, CredentialCipher cipher) {
    this.database = database;
    this.cipher = cipher;
  }

  @Override
  public void create(Subscription subscription) {
    QuarkusTransaction.joiningExisting()
        .run(
            () -> {
              SubscriptionEntity row = new SubscriptionEntity();
              row.id = subscription.id();
              row.tenantId = subscription.tenantId().value();
              row.url = subscription.url().toString();
              row.eventTypes =
                  subscription.events().stream()
                      .map(EventType::key)
                      .sorted()
                      .collect(Collectors.joining(","));
              row.secret = cipher.seal(context(row.id), subscription.secret().reveal());
              row.createdAt = subscription.createdAt();
              em().persist(row);
            });
  }

  @Override
  public List<Subscription> list(TenantId tenant) {
    return QuarkusTransaction.joiningExisting()
        .call(
            () ->
                em().createQuery(
                        "from SubscriptionEntity where tenantId = :tenant order by createdAt, id",
                        SubscriptionEntity.class)
                    .setParameter("tenant", tenant.value())
                    .getResultStream()
                    .map(this::toSubscription)
                    .toList());
  }

  @Override
  public Optional<Subscription> find(TenantId tenant, String id) {
    return QuarkusTransaction.joiningExisting()
        .call(() -> row(tenant, id).map(this::toSubscription));
  }

  @Override
  public boolean delete(TenantId tenant, String id) {
    return QuarkusTransaction.joiningExisting()
        .call(
            () -> {
              Optional<SubscriptionEntity> row = row(tenant, id);
              // Its deliveries and their attempts go with it: ON DELETE CASCADE in the schema.
              row.ifPresent(em()::remove);
              return row.isPresent();
            });
  }

  /** The subscription's signing secret, for the worker that signs its deliveries. */
  SigningSecret secretOf(SubscriptionEntity row) {
    String text =
        cipher.open(context(row.id), row.secret, "signing secret of subscription '" + row.id);
    return SigningSecret.parse(text, "secret");
  }

  private Optional<SubscriptionEntity> row(TenantId tenant, String id) {
    return Optional.ofNullable(em().find(SubscriptionEntity.class, id))
        .filter(row -> row.tenantId.equals(tenant.value()));
  }

  private Subscription toSubscription(SubscriptionEntity row) {
    return new Subscription(
        row.id,
        new TenantId(row.tenantId),
        URI.create(row.url),
        Arrays.stream(row.eventTypes.split(","))
            .map(key -> EventType.ofKey(key).orElseThrow())
            .collect(Collectors.toSet()),
        secretOf(row),
        row.createdAt);
  }

  private static String context(String subscriptionId) {
    return "subscription:" + subscriptionId;
  }

  private EntityManager em() {
    return database.entityManager();
  }
}
