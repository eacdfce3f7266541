package com.wagateway.domain.port;

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
import com.wagateway.domain.profile.Picture;
import java.util.List;

/**
 * Creates, reads and administers WhatsApp groups through one provider: their info and settings,
 * members and admins, invite links and join requests. Phone numbers are digits, country code first.
 * A provider without groups declares none of the {@code groups.*} operations.
 */
public interface GroupManager extends ProviderPort {

  /** The groups the number is in, {@code count} of them from position {@code offset}. */
  @SafeToRepeat
  Slice<Group> list(ProviderAccount account, int offset, int count);

  CreatedGroup create(ProviderAccount account, String subject, List<String> phones);

  @SafeToRepeat
  Group get(ProviderAccount account, GroupId group);

  @SafeToRepeat
  void updateInfo(ProviderAccount account, GroupId group, GroupInfoUpdate update);

  @SafeToRepeat
  void changeIcon(ProviderAccount account, GroupId group, Picture icon);

  /** Opens {@code setting} to every member, or keeps it for the admins. */
  @SafeToRepeat
  void changeSetting(
      ProviderAccount account, GroupId group, GroupSetting setting, boolean adminsOnly);

  void leave(ProviderAccount account, GroupId group);

  ParticipantsChange addParticipants(ProviderAccount account, GroupId group, List<String> phones);

  ParticipantsChange removeParticipants(
      ProviderAccount account, GroupId group, List<String> phones);

  @SafeToRepeat
  void promote(ProviderAccount account, GroupId group, List<String> phones);

  @SafeToRepeat
  void demote(ProviderAccount account, GroupId group, List<String> phones);

  /** The code of the group's current invite link. */
  @SafeToRepeat
  String inviteCode(ProviderAccount account, GroupId group);

  /** Makes the current invite link stop working. */
  void revokeInvite(ProviderAccount account, GroupId group);

  /** Joins the group the code opens. */
  GroupId join(ProviderAccount account, String inviteCode);

  @SafeToRepeat
  InvitePreview inviteInfo(ProviderAccount account, String inviteCode);

  @SafeToRepeat
  Slice<JoinRequest> joinRequests(ProviderAccount account, GroupId group, int offset, int count);

  /** {@code requester} is the chat id a join request names. */
  void approve(ProviderAccount account, GroupId group, String requester);

  void reject(ProviderAccount account, GroupId group, String requester);
}
