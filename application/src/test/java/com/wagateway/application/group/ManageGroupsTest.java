package com.wagateway.application.group;

import static com.wagateway.application.fake.FakeGroupManager.GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.application.fake.FakeProvider;
import com.wagateway.application.fake.InMemoryTenantDirectory;
import com.wagateway.application.fake.Tenants;
import com.wagateway.application.paging.Page;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.group.Group;
import com.wagateway.domain.group.GroupInfoUpdate;
import com.wagateway.domain.group.GroupSetting;
import com.wagateway.domain.group.JoinRequest;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.Operation;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManageGroupsTest {
  private final InMemoryTenantDirectory directory = new InMemoryTenantDirectory(Tenants.ACME);
  private final FakeProvider whapi = FakeProvider.supportingEverything(ProviderId.WHAPI);
  private final FakeProvider web =
      FakeProvider.supporting(ProviderId.APIWHATSAPPWEB, EnumSet.of(Operation.SEND_TEXT));
  private final ManageGroups groups =
      new ManageGroups(new TenantResolver(directory), FakeProvider.router(whapi, web));

  @Test
  void createsAGroupWithTheMembersNumbersAsDigits() {
    var created =
        groups.create(Tenants.ACME_ID, "Team", List.of("+57 300 123 4567", "15550100199"));

    assertThat(created.group().name()).isEqualTo("Team");
    assertThat(whapi.groups().calls()).containsExactly("create:Team:[573001234567, 15550100199]");
  }

  @Test
  void routesEveryGroupOperationToTheTenantsProvider() {
    var id = Tenants.ACME_ID;
    groups.get(id, GROUP);
    groups.updateInfo(id, GROUP, new GroupInfoUpdate("New", null));
    groups.changeSetting(id, GROUP, GroupSetting.SEND_MESSAGES, true);
    groups.addParticipants(id, GROUP, List.of("+573001234567"));
    groups.removeParticipants(id, GROUP, List.of("+573001234567"));
    groups.promote(id, GROUP, List.of("+573001234567"));
    groups.demote(id, GROUP, List.of("+573001234567"));
    groups.inviteCode(id, GROUP);
    groups.revokeInvite(id, GROUP);
    groups.join(id, "AbCdEfGhIjKlMn12");
    groups.inviteInfo(id, "AbCdEfGhIjKlMn12");
    groups.approve(id, GROUP, "573001234567@s.whatsapp.net");
    groups.reject(id, GROUP, "573001234567@s.whatsapp.net");
    groups.leave(id, GROUP);

    assertThat(whapi.groups().calls())
        .containsExactly(
            "get:" + GROUP,
            "updateInfo:" + GROUP + ":New:null",
            "changeSetting:" + GROUP + ":SEND_MESSAGES:true",
            "add:" + GROUP + ":[573001234567]",
            "remove:" + GROUP + ":[573001234567]",
            "promote:" + GROUP + ":[573001234567]",
            "demote:" + GROUP + ":[573001234567]",
            "inviteCode:" + GROUP,
            "revokeInvite:" + GROUP,
            "join:AbCdEfGhIjKlMn12",
            "inviteInfo:AbCdEfGhIjKlMn12",
            "approve:" + GROUP + ":573001234567@s.whatsapp.net",
            "reject:" + GROUP + ":573001234567@s.whatsapp.net",
            "leave:" + GROUP);
  }

  @Test
  void refusesEveryGroupOperationOnAProviderWithoutGroupsBeforeCallingIt() {
    directory.put(Tenants.acmeOnApiWhatsAppWeb());

    assertThatThrownBy(() -> groups.list(Tenants.ACME_ID, null, 10))
        .isInstanceOfSatisfying(
            CapabilityNotSupportedException.class,
            e -> assertThat(e.operation()).isEqualTo(Operation.GROUPS_LIST));
    assertThatThrownBy(() -> groups.create(Tenants.ACME_ID, "Team", List.of("573001234567")))
        .isInstanceOf(CapabilityNotSupportedException.class);
    assertThatThrownBy(() -> groups.join(Tenants.ACME_ID, "AbCdEfGhIjKlMn12"))
        .isInstanceOf(CapabilityNotSupportedException.class);
    assertThat(web.groups().calls()).isEmpty();
  }

  @Test
  void pagesThroughTheProvidersListingByOffsetUntilItsTotal() {
    Page<Group> first = groups.list(Tenants.ACME_ID, null, 2);
    Page<Group> second = groups.list(Tenants.ACME_ID, first.nextCursor(), 2);

    assertThat(first.items()).hasSize(2);
    assertThat(second.items()).hasSize(1);
    assertThat(second.nextCursor()).isNull();
    assertThat(whapi.groups().calls()).containsExactly("list:0:2", "list:2:2");
  }

  @Test
  void withoutATotalPagesOnWhileAPageComesBackFull() {
    whapi.groups().listing(null);

    Page<JoinRequest> full = groups.joinRequests(Tenants.ACME_ID, GROUP, null, 3);
    Page<JoinRequest> empty = groups.joinRequests(Tenants.ACME_ID, GROUP, full.nextCursor(), 3);

    assertThat(full.nextCursor()).isNotNull();
    assertThat(empty.items()).isEmpty();
    assertThat(empty.nextCursor()).isNull();
  }

  @Test
  void rejectsBadInputNamingTheFieldBeforeAnyCall() {
    assertField(() -> groups.list(Tenants.ACME_ID, "not-a-cursor!", 10), "cursor");
    assertField(() -> groups.list(Tenants.ACME_ID, null, 101), "limit");
    assertField(() -> groups.create(Tenants.ACME_ID, " ", List.of("573001234567")), "subject");
    assertField(() -> groups.addParticipants(Tenants.ACME_ID, GROUP, List.of()), "participants");
    assertField(
        () -> groups.promote(Tenants.ACME_ID, GROUP, List.of("12@s.whatsapp.net")), "participants");
    assertField(() -> groups.join(Tenants.ACME_ID, "short"), "inviteCode");
    assertField(() -> groups.approve(Tenants.ACME_ID, GROUP, "ana"), "requester");
    assertThat(whapi.groups().calls()).isEmpty();
  }

  private static void assertField(Runnable call, String field) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
