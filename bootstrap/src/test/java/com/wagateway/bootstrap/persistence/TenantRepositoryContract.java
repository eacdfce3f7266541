package com.wagateway.bootstrap.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.application.admin.TenantAdministration;
import com.wagateway.application.paging.Page;
import com.wagateway.application.port.TenantRepository;
import com.wagateway.application.port.UnitOfWork;
import com.wagateway.domain.error.TenantAlreadyExistsException;
import com.wagateway.domain.model.ApiKeyDigest;
import com.wagateway.domain.model.ProviderCredentials;
import com.wagateway.domain.model.Secret;
import com.wagateway.domain.model.Tenant;
import com.wagateway.domain.model.TenantId;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TenantRepository} must do; run against H2 and PostgreSQL. */
abstract class TenantRepositoryContract {
  static final String TOKEN = "test-token-not-real";
  static final String AWWW_KEY = "test-awww-key-not-real";

  @Inject TenantRepository tenants;
  @Inject TenantAdministration admin;
  @Inject UnitOfWork unitOfWork;
  @Inject ActiveDatabase database;
  @Inject Vertx vertx;

  @BeforeEach
  void emptyRegistry() {
    Tables.clear(database);
  }

  static Tenant whapi(String id, String callerKey) {
    return new Tenant(
        new TenantId(id),
        new ProviderCredentials.Whapi(Secret.of(TOKEN)),
        callerKey == null ? null : ApiKeyDigest.of(callerKey));
  }

  static Tenant awww(String id) {
    return new Tenant(
        new TenantId(id),
        new ProviderCredentials.ApiWhatsAppWeb(Secret.of(AWWW_KEY), "instance-1"),
        ApiKeyDigest.of("caller-" + id));
  }

  @Test
  void findsACreatedTenantWithItsCredentials() {
    Tenant acme = whapi("acme", "caller-acme");
    Tenant shop = awww("shop");

    tenants.create(acme);
    tenants.create(shop);

    assertThat(tenants.find(acme.id())).contains(acme);
    assertThat(tenants.find(shop.id())).contains(shop);
    assertThat(tenants.find(new TenantId("nobody"))).isEmpty();
  }

  @Test
  void storesCredentialsOnlyEncrypted() {
    tenants.create(whapi("acme", null));
    tenants.create(awww("shop"));

    assertThat(Tables.storedCredentials(database, "acme")).startsWith("v1:").doesNotContain(TOKEN);
    assertThat(Tables.storedCredentials(database, "shop"))
        .startsWith("v1:")
        .doesNotContain(AWWW_KEY)
        .doesNotContain("instance-1");
  }

  @Test
  void findsATenantByTheDigestOfItsKey() {
    tenants.create(whapi("acme", "caller-acme"));
    tenants.create(whapi("no-key", null));

    assertThat(tenants.findByApiKey(ApiKeyDigest.of("caller-acme")))
        .map(Tenant::id)
        .contains(new TenantId("acme"));
    assertThat(tenants.findByApiKey(ApiKeyDigest.of("unknown"))).isEmpty();
    assertThat(tenants.find(new TenantId("no-key")).orElseThrow().apiKeyDigest()).isNull();
  }

  /** Runs {@code read} on an event loop, where a blocking database read would be refused. */
  private <T> T onEventLoop(Supplier<CompletionStage<T>> read) throws Exception {
    CompletableFuture<T> answer = new CompletableFuture<>();
    vertx
        .getOrCreateContext()
        .runOnContext(
            start ->
                read.get()
                    .whenComplete(
                        (value, failure) -> {
                          if (failure == null) {
                            answer.complete(value);
                          } else {
                            answer.completeExceptionally(failure);
                          }
                        }));
    return answer.get(30, TimeUnit.SECONDS);
  }

  @Test
  void readsLaterFromAnEventLoopWhetherCachedOrNot() throws Exception {
    tenants.create(whapi("acme", "caller-acme")); // a write empties the cache

    Optional<Tenant> byKey =
        onEventLoop(() -> tenants.findByApiKeyLater(ApiKeyDigest.of("caller-acme")));
    Optional<Tenant> byId = onEventLoop(() -> tenants.findLater(new TenantId("acme")));
    Optional<Tenant> nobody = onEventLoop(() -> tenants.findLater(new TenantId("nobody")));

    assertThat(byKey).map(Tenant::id).contains(new TenantId("acme"));
    assertThat(byId).isEqualTo(byKey);
    assertThat(nobody).isEmpty();
  }

  @Test
  void refusesADuplicateIdAndKeepsTheOriginal() {
    Tenant original = whapi("acme", "caller-acme");
    tenants.create(original);

    assertThatThrownBy(() -> tenants.create(awww("acme")))
        .isInstanceOf(TenantAlreadyExistsException.class);
    assertThat(tenants.find(original.id())).contains(original);
  }

  @Test
  void refusesADuplicateIdWithinOneTransaction() {
    assertThatThrownBy(
            () ->
                unitOfWork.inTransaction(
                    () -> {
                      tenants.create(whapi("acme", null));
                      tenants.create(awww("acme"));
                      return null;
                    }))
        .isInstanceOf(TenantAlreadyExistsException.class);
    assertThat(tenants.find(new TenantId("acme"))).isEmpty();
  }

  @Test
  void aReusedCallerKeyIsNotReportedAsADuplicateId() {
    tenants.create(whapi("acme", "same-caller-key"));

    assertThatThrownBy(() -> tenants.create(whapi("other", "same-caller-key")))
        .isNotInstanceOf(TenantAlreadyExistsException.class);
    assertThat(tenants.find(new TenantId("other"))).isEmpty();
  }

  @Test
  void updatesCredentialsProviderAndKey() {
    tenants.create(whapi("acme", "old-key"));
    Tenant moved =
        awww("acme").withApiKeyDigest(ApiKeyDigest.of("new-key")); // other provider, new key

    assertThat(tenants.update(moved)).isTrue();

    assertThat(tenants.find(moved.id())).contains(moved);
    assertThat(tenants.findByApiKey(ApiKeyDigest.of("old-key"))).isEmpty();
    assertThat(tenants.findByApiKey(ApiKeyDigest.of("new-key"))).contains(moved);
  }

  @Test
  void updateOfAnUnknownTenantReportsFalse() {
    assertThat(tenants.update(whapi("ghost", null))).isFalse();
    assertThat(tenants.find(new TenantId("ghost"))).isEmpty();
  }

  @Test
  void deletesOnce() {
    tenants.create(whapi("acme", "caller-acme"));

    assertThat(tenants.delete(new TenantId("acme"))).isTrue();
    assertThat(tenants.delete(new TenantId("acme"))).isFalse();
    assertThat(tenants.find(new TenantId("acme"))).isEmpty();
    assertThat(tenants.findByApiKey(ApiKeyDigest.of("caller-acme"))).isEmpty();
  }

  @Test
  void listsByIdInPagesWithACursor() {
    for (String id : new String[] {"e-5", "a-1", "c-3", "b-2", "d-4"}) {
      tenants.create(whapi(id, null));
    }

    Page<Tenant> first = tenants.list(null, 2);
    Page<Tenant> second = tenants.list(new TenantId("b-2"), 2);
    Page<Tenant> last = tenants.list(new TenantId("d-4"), 2);

    assertThat(ids(first)).containsExactly("a-1", "b-2");
    assertThat(first.nextCursor()).isEqualTo(TenantAdministration.cursorAfter("b-2"));
    assertThat(ids(second)).containsExactly("c-3", "d-4");
    assertThat(second.nextCursor()).isEqualTo(TenantAdministration.cursorAfter("d-4"));
    assertThat(ids(last)).containsExactly("e-5");
    assertThat(last.nextCursor()).isNull();
  }

  @Test
  void aFullLastPageHasNoCursor() {
    tenants.create(whapi("a-1", null));
    tenants.create(whapi("b-2", null));

    assertThat(tenants.list(null, 2).nextCursor()).isNull();
    assertThat(tenants.list(new TenantId("b-2"), 2).items()).isEmpty();
  }

  @Test
  void aFailedUnitOfWorkLeavesNoTrace() {
    assertThatThrownBy(
            () ->
                unitOfWork.inTransaction(
                    () -> {
                      tenants.create(whapi("acme", null));
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");

    assertThat(tenants.find(new TenantId("acme"))).isEmpty();
  }

  @Test
  void servingReadsDoNotWaitForAnAdminChangeHoldingTheTenant() throws Exception {
    Tenant acme = whapi("acme", "caller-acme");
    tenants.create(acme);
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch served = new CountDownLatch(1);
    ExecutorService admin = Executors.newSingleThreadExecutor();
    try {
      Future<Boolean> change =
          admin.submit(
              () ->
                  unitOfWork.inTransaction(
                      () -> {
                        tenants.find(acme.id()); // an admin change locks the row from here
                        locked.countDown();
                        try {
                          return served.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                          throw new IllegalStateException(e);
                        }
                      }));
      assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

      // The serving path (no transaction of its own) reads while the row is locked.
      assertThat(tenants.find(acme.id())).contains(acme);
      assertThat(tenants.findByApiKey(ApiKeyDigest.of("caller-acme"))).contains(acme);
      served.countDown();

      assertThat(change.get(30, TimeUnit.SECONDS))
          .as("served while the change held the row")
          .isTrue();
    } finally {
      admin.shutdownNow();
    }
  }

  private static java.util.List<String> ids(Page<Tenant> page) {
    return page.items().stream().map(t -> t.id().value()).toList();
  }

  /** Two gateways starting together seed the same configured tenants: neither may fail. */
  @Test
  void twoSeedersRacingForOneTenantBothSucceedAndOneSeedsIt() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int i = 0; i < 20; i++) {
        TenantId id = new TenantId("seeded-" + i);
        var start = new CountDownLatch(1);
        Callable<Boolean> seed =
            () -> {
              start.await();
              return admin.seed(
                  "configuration", id, new ProviderCredentials.Whapi(Secret.of("t-" + id)), null);
            };
        Future<Boolean> one = pool.submit(seed);
        Future<Boolean> other = pool.submit(seed);
        start.countDown();

        assertThat(List.of(one.get(30, TimeUnit.SECONDS), other.get(30, TimeUnit.SECONDS)))
            .as(id.value())
            .containsExactlyInAnyOrder(true, false);
        assertThat(tenants.find(id)).isPresent();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
