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
import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.error.ForbiddenException;
import com.wagateway.domain.error.TenantNotFoundException;
import com.wagateway.domain.error.UnauthenticatedException;
import com.wagateway.domain.model.ApiKeyDigest;
import com.wagateway.domain.model.ProviderCredentials;
import com.wagateway.domain.model.Secret;
import com.wagateway.domain.model.Tenant;
import com.wagateway.domain.model.TenantId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
}
