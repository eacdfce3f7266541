package com.wagateway.adapter.apiwhatsappweb;

import com.wagateway.domain.group.CreatedGroup;
import com.wagateway.domain.group.Group;
import com.wagateway.domain.group.GroupId;
import com.wagateway.domain.group.GroupInfoUpdate;
import com.wagateway.domain.group.GroupSetting;
import com.wagateway.domain.group.InvitePreview;
import com.wagateway.domain.group.JoinRequest;
import com.wagateway.domain.group.ParticipantsChange;
import com.wagateway.domain.group.Slice;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.port.GroupManager;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.profile.Picture;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * API WhatsApp Web documents no group endpoint: it declares no group operation, so the gateway
 * answers 501 before calling it; a direct call is refused the same way.
 */
@ApplicationScoped
public class ApiWhatsAppWebGroups extends NoEndpoints implements GroupManager {

  ApiWhatsAppWebGroups() {
    super("API WhatsApp Web has no group endpoints");
  }

  @Override
  public Slice<Group> list(ProviderAccount account, int offset, int count) {
    throw unsupported(account, Operation.GROUPS_LIST);
  }

  @Override
  public CreatedGroup create(ProviderAccount account, String subject, List<String> phones) {
    throw unsupported(account, Operation.GROUPS_CREATE);
  }

  @Override
  public Group get(ProviderAccount account, GroupId group) {
    throw unsupported(account, Operation.GROUPS_READ);
  }

  @Override
  public void updateInfo(ProviderAccount account, GroupId group, GroupInfoUpdate update) {
    throw unsupported(account, Operation.GROUPS_UPDATE);
  }

  @Override
  public void changeIcon(ProviderAccount account, GroupId group, Picture icon) {
    throw unsupported(account, Operation.GROUPS_ICON);
  }

  @Override
  public void changeSetting(
      ProviderAccount account, GroupId group, GroupSetting setting, boolean adminsOnly) {
    throw unsupported(account, Operation.GROUPS_SETTINGS);
  }

  @Override
  public void leave(ProviderAccount account, GroupId group) {
    throw unsupported(account, Operation.GROUPS_LEAVE);
  }

  @Override
  public ParticipantsChange addParticipants(
      ProviderAccount account, GroupId group, List<String> phones) {
    throw unsupported(account, Operation.GROUPS_PARTICIPANTS_ADD);
  }

  @Override
  public ParticipantsChange removeParticipants(
      ProviderAccount account, GroupId group, List<String> phones) {
    throw unsupported(account, Operation.GROUPS_PARTICIPANTS_REMOVE);
  }

  @Override
  public void promote(ProviderAccount account, GroupId group, List<String> phones) {
    throw unsupported(account, Operation.GROUPS_ADMINS_PROMOTE);
  }

  @Override
  public void demote(ProviderAccount account, GroupId group, List<String> phones) {
    throw unsupported(account, Operation.GROUPS_ADMINS_DEMOTE);
  }

  @Override
  public String inviteCode(ProviderAccount account, GroupId group) {
    throw unsupported(account, Operation.GROUPS_INVITE_READ);
  }

  @Override
  public void revokeInvite(ProviderAccount account, GroupId group) {
    throw unsupported(account, Operation.GROUPS_INVITE_REVOKE);
  }

  @Override
  public GroupId join(ProviderAccount account, String inviteCode) {
    throw unsupported(account, Operation.GROUPS_INVITE_JOIN);
  }

  @Override
  public InvitePreview inviteInfo(ProviderAccount account, String inviteCode) {
    throw unsupported(account, Operation.GROUPS_INVITE_INFO);
  }

  @Override
  public Slice<JoinRequest> joinRequests(
      ProviderAccount account, GroupId group, int offset, int count) {
    throw unsupported(account, Operation.GROUPS_JOIN_REQUESTS_LIST);
  }

  @Override
  public void approve(ProviderAccount account, GroupId group, String requester) {
    throw unsupported(account, Operation.GROUPS_JOIN_REQUESTS_APPROVE);
  }

  @Override
  public void reject(ProviderAccount account, GroupId group, String requester) {
    throw unsupported(account, Operation.GROUPS_JOIN_REQUESTS_REJECT);
  }
}
