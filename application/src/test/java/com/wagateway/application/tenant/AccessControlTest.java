package com.wagateway.application.tenant;

import static com.wagateway.application.fake.Tenants.ACME;
import static com.wagateway.application.fake.Tenants.ACME_ID;
import static com.wagateway.application.fake.Tenants.ACME_KEY;
import static com.wagateway.application.fake.Tenants.GLOBEX;
import static com.wagateway.application.fake.Tenants.GLOBEX_ID;
import static com.wagateway.application.fake.Tenants.UNKNOWN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.wagateway.application.fake.InMemoryTenantDirectory;
import com.wagateway.application.port.TenantDirectory;
import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.error.ForbiddenException;
import com.wagateway.domain.error.TenantNotFoundException;
import com.wagateway.domain.error.UnauthenticatedException;
import com.wagateway.domain.model.ApiKeyDigest;
import com.wagateway.domain.model.ProviderCredentials;
import com.wagateway.domain.model.Secret;
import com.wagateway.domain.model.Tenant;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Completions;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccessControlTest {
  private static final String ADMIN_KEY = "admin-key-0123456789";

  private final InMemoryTenantDirectory directory = new InMemoryTenantDirectory(ACME, GLOBEX);
  private final AccessControl access =
      new AccessControl(Optional.of(Secret.of(ADMIN_KEY)), directory);

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\t"})
  void rejectsMissingOrBlankKeyAsUnauthenticated(String apiKey) {
    assertThatThrownBy(() -> access.authenticate(apiKey))
        .isInstanceOf(UnauthenticatedException.class)
        .hasMessageContaining("Authorization: Bearer");
    assertThatThrownBy(() -> access.authorize(apiKey, ACME_ID))
        .isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void rejectsWrongKeyAsUnauthenticated() {
    assertThatThrownBy(() -> access.authorize("not-a-key", ACME_ID))
        .isInstanceOfSatisfying(
            UnauthenticatedException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHENTICATED);
              assertThat(e).hasMessage("The API key is not valid");
            });
  }

  @Test
  void rejectsKeyThatOnlyDiffersByWhitespaceOrCase() {
    assertThatThrownBy(() -> access.authenticate(ACME_KEY + " "))
        .isInstanceOf(UnauthenticatedException.class);
    assertThatThrownBy(() -> access.authenticate(ACME_KEY.toUpperCase()))
        .isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void recognisesTheAdminKey() {
    assertThat(access.authenticate(ADMIN_KEY)).isEqualTo(new Caller.Admin());
  }

  @Test
  void recognisesATenantKey() {
    assertThat(access.authenticate(ACME_KEY)).isEqualTo(new Caller.OfTenant(ACME_ID));
  }

  @Test
  void letsTheAdminReachEveryTenant() {
    assertThat(access.authorize(ADMIN_KEY, ACME_ID)).isEqualTo(ACME);
    assertThat(access.authorize(ADMIN_KEY, GLOBEX_ID)).isEqualTo(GLOBEX);
  }

  @Test
  void tellsTheAdminThatATenantDoesNotExist() {
    assertThatThrownBy(() -> access.authorize(ADMIN_KEY, UNKNOWN_ID))
        .isInstanceOfSatisfying(
            TenantNotFoundException.class, e -> assertThat(e.tenantId()).contains(UNKNOWN_ID));
  }

  @Test
  void letsATenantKeyReachItsOwnTenant() {
    assertThat(access.authorize(ACME_KEY, ACME_ID)).isEqualTo(ACME);
  }

  @Test
  void forbidsATenantKeyOnAnotherTenant() {
    assertThatThrownBy(() -> access.authorize(ACME_KEY, GLOBEX_ID))
        .isInstanceOfSatisfying(
            ForbiddenException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN);
              assertThat(e.tenantId()).contains(GLOBEX_ID);
            });
  }

  @Test
  void forbidsATenantKeyOnAnUnknownTenantWithoutRevealingItIsUnknown() {
    Throwable unknown = catchThrowable(() -> access.authorize(ACME_KEY, UNKNOWN_ID));
    Throwable other = catchThrowable(() -> access.authorize(ACME_KEY, GLOBEX_ID));

    assertThat(unknown).isInstanceOf(ForbiddenException.class);
    assertThat(unknown.getMessage())
        .isEqualTo(other.getMessage().replace(GLOBEX_ID.value(), UNKNOWN_ID.value()));
  }

  @Test
  void neverMatchesAnAdminKeyWhenNoneIsConfigured() {
    AccessControl withoutAdmin = new AccessControl(Optional.empty(), directory);

    assertThatThrownBy(() -> withoutAdmin.authenticate(ADMIN_KEY))
        .isInstanceOf(UnauthenticatedException.class);
    assertThat(withoutAdmin.authorize(ACME_KEY, ACME_ID)).isEqualTo(ACME);
  }

  @Test
  void skipsTenantsWithoutAnApiKey() {
    Tenant keyless =
        new Tenant(new TenantId("keyless"), new ProviderCredentials.Whapi(Secret.of("t")), null);
    directory.put(keyless);

    assertThat(access.authenticate(ACME_KEY)).isEqualTo(new Caller.OfTenant(ACME_ID));
    assertThatThrownBy(() -> access.authenticate("anything"))
        .isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void readsTheDirectoryOnEveryCallSoANewTenantKeyWorksAtOnce() {
    String newKey = "initech-key";
    assertThatThrownBy(() -> access.authenticate(newKey))
        .isInstanceOf(UnauthenticatedException.class);

    TenantId initech = new TenantId("initech");
    directory.put(
        new Tenant(
            initech, new ProviderCredentials.Whapi(Secret.of("t")), ApiKeyDigest.of(newKey)));

    assertThat(access.authenticate(newKey)).isEqualTo(new Caller.OfTenant(initech));
  }

  @Test
  void authorizesAnAlreadyAuthenticatedCaller() {
    assertThat(access.authorize(new Caller.OfTenant(GLOBEX_ID), GLOBEX_ID)).isEqualTo(GLOBEX);
    assertThatThrownBy(() -> access.authorize(new Caller.OfTenant(GLOBEX_ID), ACME_ID))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> access.authorize(new Caller.Admin(), UNKNOWN_ID))
        .isInstanceOf(TenantNotFoundException.class);
  }

  /**
   * What the blocking and the non-blocking way answer: the tenant, or the failure's type and text.
   */
  private static String outcome(java.util.concurrent.Callable<Tenant> check) {
    try {
      return "tenant " + check.call().id();
    } catch (Exception e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "admin, acme",
        "admin, unknown",
        "acme, acme",
        "acme, globex",
        "acme, unknown",
        "wrong, acme",
        "blank, acme",
        "null, acme"
      })
  void answersWithoutBlockingExactlyAsItDoesBlocking(String who, String tenant) {
    String key =
        switch (String.valueOf(who)) {
          case "admin" -> ADMIN_KEY;
          case "acme" -> ACME_KEY;
          case "wrong" -> "not-a-key";
          case "blank" -> "  ";
          default -> null;
        };
    TenantId id = new TenantId(tenant);

    String blocking = outcome(() -> access.authorize(key, id));
    String later =
        outcome(
            () ->
                Completions.join(
                    access.authenticateLater(key).thenCompose(c -> access.authorizeLater(c, id))));

    assertThat(later).isEqualTo(blocking);
  }

  @Test
  void waitsForADirectoryThatAnswersLater() {
    CompletableFuture<Optional<Tenant>> answer = new CompletableFuture<>();
    TenantDirectory slow =
        new TenantDirectory() {
          @Override
          public Optional<Tenant> find(TenantId id) {
            throw new AssertionError("must not block");
          }

          @Override
          public Optional<Tenant> findByApiKey(ApiKeyDigest digest) {
            throw new AssertionError("must not block");
          }

          @Override
          public CompletionStage<Optional<Tenant>> findByApiKeyLater(ApiKeyDigest digest) {
            return answer;
          }
        };

    CompletableFuture<Caller> caller =
        new AccessControl(Optional.empty(), slow).authenticateLater(ACME_KEY).toCompletableFuture();

    assertThat(caller).isNotDone();
    answer.complete(Optional.of(ACME));
    assertThat(caller).isCompletedWithValue(new Caller.OfTenant(ACME_ID));
  }

  @Test
  void onlyTheAdminPassesTheAdminGate() {
    AccessControl.requireAdmin(new Caller.Admin());

    assertThatThrownBy(() -> AccessControl.requireAdmin(new Caller.OfTenant(ACME_ID)))
        .isInstanceOf(ForbiddenException.class)
        .hasMessage("Only the admin key may use the admin API");
  }
}
