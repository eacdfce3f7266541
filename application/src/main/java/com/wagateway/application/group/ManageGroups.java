package com.wagateway.application.group;

import com.wagateway.application.paging.OffsetCursor;
import com.wagateway.application.paging.Page;
import com.wagateway.application.tenant.ProviderRouter;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.group.CreatedGroup;
import com.wagateway.domain.group.Group;
import com.wagateway.domain.group.GroupId;
import com.wagateway.domain.group.GroupInfoUpdate;
import com.wagateway.domain.group.GroupSetting;
import com.wagateway.domain.group.InvitePreview;
import com.wagateway.domain.group.JoinRequest;
import com.wagateway.domain.group.ParticipantsChange;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.Require;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.GroupManager;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.profile.Picture;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Use cases on the tenant's WhatsApp groups. Each checks its input, then asks the tenant's provider
 * through the capability check, so a provider without groups answers 501 before any call. The
 * gateway keeps no copy of groups: the provider is the record.
 */
public final class ManageGroups {
  public static final int MAX_PAGE = 100;
  public static final int MAX_PHONES = 50;
  private static final Pattern INVITE_CODE = Pattern.compile("[A-Za-z0-9]{14,22}");
  private static final Pattern CHAT_ID = Pattern.compile("[0-9-]{10,31}@[A-Za-z0-9.]+");

  private final TenantResolver tenants;
  private final ProviderRouter router;

  public ManageGroups(TenantResolver tenants, ProviderRouter router) {
    this.tenants = tenants;
    this.router = router;
  }

  /** Paged by position: the cursor carries the provider's offset of the next page. */
  public Page<Group> list(TenantId tenantId, String cursor, int limit) {
    int offset = OffsetCursor.offset(cursor, limit, MAX_PAGE);
    ProviderAccount account = account(tenantId);
    return OffsetCursor.page(
        groups(account, Operation.GROUPS_LIST).list(account, offset, limit), offset, limit);
  }

  public CreatedGroup create(TenantId tenantId, String subject, List<String> phones) {
    Require.text(subject, "subject", 1, GroupInfoUpdate.MAX_SUBJECT);
    List<String> digits = GroupPhones.digits(phones, "participants", MAX_PHONES);
    ProviderAccount account = account(tenantId);
    return groups(account, Operation.GROUPS_CREATE).create(account, subject, digits);
  }

  public Group get(TenantId tenantId, GroupId group) {
    ProviderAccount account = account(tenantId);
    return groups(account, Operation.GROUPS_READ).get(account, group);
  }

  public void updateInfo(TenantId tenantId, GroupId group, GroupInfoUpdate update) {
    Require.present(update, "body");
    ProviderAccount account = account(tenantId);
    groups(account, Operation.GROUPS_UPDATE).updateInfo(account, group, update);
  }

  public void changeIcon(TenantId tenantId, GroupId group, Picture icon) {
    ProviderAccount account = account(tenantId);
    groups(account, Operation.GROUPS_ICON).changeIcon(account, group, icon);
  }

  public void changeSetting(
      TenantId tenantId, GroupId group, GroupSetting setting, boolean adminsOnly) {
    Require.present(setting, "setting");
    ProviderAccount account = account(tenantId);
    groups(account, Operation.GROUPS_SETTINGS).changeSetting(account, group, setting, adminsOnly);
  }

  public void leave(TenantId tenantId, GroupId group) {
    ProviderAccount account = account(tenantId);
    groups(account, Operation.GROUPS_LEAVE).leave(account, group);
  }

  public ParticipantsChange addParticipants(TenantId tenantId, GroupId group, List<String> phones) {
    List<String> digits = GroupPhones.digits(phones, "participants", MAX_PHONES);
    ProviderAccount account = account(tenantId);
    return groups(account, Operation.GROUPS_PARTICIPANTS_ADD)
        .addParticipants(account, group, digits);
  }

  public ParticipantsChange removeParticipants(
      TenantId tenantId, GroupId group, List<String> phones) {
    List<String> digits = GroupPhones.digits(phones, "participants", MAX_PHONES);
    ProviderAccount account = account(tenantId);
    return groups(account, Operation.GROUPS_PARTICIPANTS_REMOVE)
        .removeParticipants(account, group, digits);
  }

  public void promote(TenantId tenantId, GroupId group, List<String> phones) {
    List<String> digits = GroupPhones.digits(phones, "participants", MAX_PHONES);
    ProviderAccount account = account(tenantId);
    groups(account, Operation.GROUPS_ADMINS_PROMOTE).promote(account, group, digits);
  }

  public void demote(TenantId tenantId, GroupId group, List<String> phones) {
    List<String> digits = GroupPhones.digits(phones, "participants", MAX_PHONES);
    ProviderAccount account = account(tenantId);
    groups(account, Operation.GROUPS_ADMINS_DEMOTE).demote(account, group, digits);
  }

  public String inviteCode(TenantId tenantId, GroupId group) {
    ProviderAccount account = account(tenantId);
    return groups(account, Operation.GROUPS_INVITE_READ).inviteCode(account, group);
  }

  public void revokeInvite(TenantId tenantId, GroupId group) {
    ProviderAccount account = account(tenantId);
    groups(account, Operation.GROUPS_INVITE_REVOKE).revokeInvite(account, group);
  }

  public GroupId join(TenantId tenantId, String inviteCode) {
    String code = inviteCode(inviteCode);
    ProviderAccount account = account(tenantId);
    return groups(account, Operation.GROUPS_INVITE_JOIN).join(account, code);
  }

  public InvitePreview inviteInfo(TenantId tenantId, String inviteCode) {
    String code = inviteCode(inviteCode);
    ProviderAccount account = account(tenantId);
    return groups(account, Operation.GROUPS_INVITE_INFO).inviteInfo(account, code);
  }

  public Page<JoinRequest> joinRequests(
      TenantId tenantId, GroupId group, String cursor, int limit) {
    int offset = OffsetCursor.offset(cursor, limit, MAX_PAGE);
    ProviderAccount account = account(tenantId);
    return OffsetCursor.page(
        groups(account, Operation.GROUPS_JOIN_REQUESTS_LIST)
            .joinRequests(account, group, offset, limit),
        offset,
        limit);
  }

  public void approve(TenantId tenantId, GroupId group, String requester) {
    String chatId = requester(requester);
    ProviderAccount account = account(tenantId);
    groups(account, Operation.GROUPS_JOIN_REQUESTS_APPROVE).approve(account, group, chatId);
  }

  public void reject(TenantId tenantId, GroupId group, String requester) {
    String chatId = requester(requester);
    ProviderAccount account = account(tenantId);
    groups(account, Operation.GROUPS_JOIN_REQUESTS_REJECT).reject(account, group, chatId);
  }

  private ProviderAccount account(TenantId tenantId) {
    return tenants.require(tenantId).account();
  }

  private GroupManager groups(ProviderAccount account, Operation operation) {
    return router.port(GroupManager.class, account, operation);
  }

  private static String inviteCode(String code) {
    if (code == null || !INVITE_CODE.matcher(code).matches()) {
      throw new InvalidValueException("inviteCode", "must be 14 to 22 letters and digits");
    }
    return code;
  }

  private static String requester(String chatId) {
    if (chatId == null || !CHAT_ID.matcher(chatId).matches()) {
      throw new InvalidValueException(
          "requester",
          "must be the chat id a join request names, like 573001234567@s.whatsapp.net");
    }
    return chatId;
  }
}
