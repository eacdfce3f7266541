package com.wagateway.adapter.whapi;

import com.wagateway.adapter.whapi.WhapiGroupBodies.ApplicationBody;
import com.wagateway.adapter.whapi.WhapiGroupBodies.GroupBody;
import com.wagateway.adapter.whapi.WhapiGroupBodies.InviteInfo;
import com.wagateway.adapter.whapi.WhapiGroupBodies.ParticipantBody;
import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.group.Group;
import com.wagateway.domain.group.GroupId;
import com.wagateway.domain.group.GroupSetting;
import com.wagateway.domain.group.InvitePreview;
import com.wagateway.domain.group.JoinRequest;
import com.wagateway.domain.group.Participant;
import com.wagateway.domain.model.ProviderAccount;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Whapi's group JSON to the domain's records and back. Whapi reports three of the four settings as
 * flags ({@code announcements}: only admins send, {@code restricted}: only admins edit the info,
 * {@code adminAddMemberMode}: only admins add members); join approval it does not report.
 */
final class WhapiGroupMapper {
  private WhapiGroupMapper() {}

  static Group group(ProviderAccount account, GroupBody body) {
    List<Participant> participants =
        body.participants() == null
            ? List.of()
            : body.participants().stream()
                .filter(Objects::nonNull)
                .map(WhapiGroupMapper::participant)
                .toList();
    return new Group(
        groupId(account, body.id()),
        body.name(),
        body.description(),
        participants,
        body.participantsCount() == null ? participants.size() : body.participantsCount(),
        instant(body.createdAt()),
        body.createdBy(),
        adminsOnly(body));
  }

  private static Participant participant(ParticipantBody body) {
    Participant.Role role =
        switch (body.rank() == null ? "" : body.rank()) {
          case "admin" -> Participant.Role.ADMIN;
          case "creator" -> Participant.Role.CREATOR;
          default -> Participant.Role.MEMBER;
        };
    return new Participant(body.id(), role);
  }

  private static Set<GroupSetting> adminsOnly(GroupBody body) {
    Set<GroupSetting> settings = EnumSet.noneOf(GroupSetting.class);
    if (Boolean.TRUE.equals(body.announcements())) {
      settings.add(GroupSetting.SEND_MESSAGES);
    }
    if (Boolean.TRUE.equals(body.restricted())) {
      settings.add(GroupSetting.EDIT_INFO);
    }
    if (Boolean.TRUE.equals(body.adminAddMemberMode())) {
      settings.add(GroupSetting.ADD_PARTICIPANTS);
    }
    return settings;
  }

  static InvitePreview preview(ProviderAccount account, InviteInfo info) {
    return new InvitePreview(
        groupId(account, info.id()),
        info.name(),
        info.participantsCount(),
        instant(info.createdAt()),
        info.createdBy());
  }

  static JoinRequest joinRequest(ApplicationBody body) {
    return new JoinRequest(body.chatId(), body.requestMethod(), instant(body.timestamp()));
  }

  /** Whapi's setting name: {@code send_messages}, {@code edit_group_info}, ... */
  static String setting(GroupSetting setting) {
    return setting == GroupSetting.EDIT_INFO
        ? "edit_group_info"
        : setting.name().toLowerCase(Locale.ROOT);
  }

  static String policy(boolean adminsOnly) {
    return adminsOnly ? "admins" : "anyone";
  }

  /**
   * A group id Whapi answered with; one that is missing or misshapen is Whapi's error, not ours.
   */
  static GroupId groupId(ProviderAccount account, String id) {
    try {
      return new GroupId(id);
    } catch (InvalidValueException notAGroupId) {
      throw WhapiJson.notAsDocumented(account, "group id");
    }
  }

  private static Instant instant(Long epochSeconds) {
    return epochSeconds == null ? null : Instant.ofEpochSecond(epochSeconds);
  }
}
