package com.wagateway.application.profile;

import static com.wagateway.application.fake.Tenants.ACME;
import static com.wagateway.application.fake.Tenants.ACME_ID;
import static com.wagateway.application.fake.Tenants.GLOBEX;
import static com.wagateway.application.fake.Tenants.GLOBEX_ID;
import static com.wagateway.application.fake.Tenants.UNKNOWN_ID;
import static com.wagateway.domain.model.ProviderId.APIWHATSAPPWEB;
import static com.wagateway.domain.model.ProviderId.WHAPI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.application.fake.DirectUnitOfWork;
import com.wagateway.application.fake.FakeProfileConfigurer.Call;
import com.wagateway.application.fake.FakeProvider;
import com.wagateway.application.fake.InMemoryTenantDirectory;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.error.ProviderException;
import com.wagateway.domain.error.TenantNotFoundException;
import com.wagateway.domain.message.MediaSource;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.profile.Picture;
import com.wagateway.domain.profile.Profile;
import com.wagateway.domain.profile.ProfileUpdate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ManageProfileTest {
  private final FakeProvider whapi = FakeProvider.supportingEverything(WHAPI);
  private final FakeProvider web =
      FakeProvider.supporting(APIWHATSAPPWEB, EnumSet.of(Operation.PROFILE_READ));
  private final InMemoryTenantDirectory directory = new InMemoryTenantDirectory(ACME, GLOBEX);
  private final ManageProfile profiles =
      new ManageProfile(
          new TenantResolver(directory),
          FakeProvider.router(whapi, web),
          directory,
          new DirectUnitOfWork());
  private final Picture picture =
      new Picture(MediaSource.Url.parse("https://example.com/logo.png", "url"));

  @Test
  void readsTheProfileFromTheTenantsProvider() {
    Profile profile = new Profile("Globex", null, null);
    web.profile().answering(profile);

    assertThat(profiles.read(GLOBEX_ID)).isEqualTo(profile);
    assertThat(web.profile().calls()).containsExactly(new Call("read", GLOBEX.account(), null));
    assertThat(whapi.profile().calls()).isEmpty();
  }

  @Test
  void updatesNameAndDescription() {
    ProfileUpdate update = new ProfileUpdate("Acme Store", "Open 9-5");

    profiles.update(ACME_ID, update);

    assertThat(whapi.profile().calls()).containsExactly(new Call("update", ACME.account(), update));
  }

  @Test
  void changesThePicture() {
    profiles.changePicture(ACME_ID, picture);

    assertThat(whapi.profile().calls())
        .containsExactly(new Call("changePicture", ACME.account(), picture));
  }

  @Test
  void switchesAutoReadOnAndOff() {
    profiles.setAutoRead(ACME_ID, true);
    profiles.setAutoRead(ACME_ID, false);

    assertThat(whapi.profile().calls())
        .containsExactly(
            new Call("setAutoRead", ACME.account(), true),
            new Call("setAutoRead", ACME.account(), false));
  }

  @Test
  void storesTheAutoReadSettingForTheTenant() {
    assertThat(profiles.autoRead(ACME_ID)).isFalse();

    profiles.setAutoRead(ACME_ID, true);

    assertThat(profiles.autoRead(ACME_ID)).isTrue();
    assertThat(directory.find(ACME_ID).orElseThrow()).isEqualTo(ACME.withAutoRead(true));

    profiles.setAutoRead(ACME_ID, false);

    assertThat(profiles.autoRead(ACME_ID)).isFalse();
  }

  @Test
  void storesNothingWhenTheProviderRefusesTheAutoReadSetting() {
    whapi.profile().failWith(ProviderException.unavailable(ACME.account(), null));

    assertThatThrownBy(() -> profiles.setAutoRead(ACME_ID, true))
        .isInstanceOf(ProviderException.class);

    assertThat(profiles.autoRead(ACME_ID)).isFalse();
    assertThat(directory.find(ACME_ID).orElseThrow()).isEqualTo(ACME);
  }

  @Test
  void storesNothingWhenTheProviderCannotSetAutoRead() {
    assertThatThrownBy(() -> profiles.setAutoRead(GLOBEX_ID, true))
        .isInstanceOf(CapabilityNotSupportedException.class);

    assertThat(profiles.autoRead(GLOBEX_ID)).isFalse();
  }

  @Test
  void refusesUnsupportedProfileOperationsWithoutCallingTheProvider() {
    assertThatThrownBy(() -> profiles.update(GLOBEX_ID, new ProfileUpdate("Globex", null)))
        .isInstanceOfSatisfying(
            CapabilityNotSupportedException.class,
            e -> assertThat(e.operation()).isEqualTo(Operation.PROFILE_UPDATE));
    assertThatThrownBy(() -> profiles.changePicture(GLOBEX_ID, picture))
        .isInstanceOfSatisfying(
            CapabilityNotSupportedException.class,
            e -> assertThat(e.operation()).isEqualTo(Operation.PROFILE_PICTURE));
    assertThatThrownBy(() -> profiles.setAutoRead(GLOBEX_ID, true))
        .isInstanceOfSatisfying(
            CapabilityNotSupportedException.class,
            e -> assertThat(e.operation()).isEqualTo(Operation.AUTO_READ));

    assertThat(web.profile().calls()).isEmpty();
  }

  @Test
  void refusesAnUnknownTenant() {
    assertThatThrownBy(() -> profiles.read(UNKNOWN_ID)).isInstanceOf(TenantNotFoundException.class);
    assertThatThrownBy(() -> profiles.setAutoRead(UNKNOWN_ID, true))
        .isInstanceOf(TenantNotFoundException.class);
    assertThat(whapi.profile().calls()).isEmpty();
    assertThat(web.profile().calls()).isEmpty();
  }
}
