package com.wagateway.adapter.whapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Request and answer bodies of Whapi's {@code Groups} endpoints, as far as the gateway uses them.
 */
final class WhapiGroupBodies {
  private WhapiGroupBodies() {}

  /** {@code CreateGroupRequest}. */
  record NewGroup(String subject, List<String> participants) {}

  /** {@code GroupInvite}: the request to join by code and the answer with a group's code. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record InviteCode(@JsonProperty("invite_code") String inviteCode) {}

  /** {@code UpdateGroupInfoRequest}: either field may be left out. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record InfoUpdate(String subject, String description) {}

  /** {@code UpdateGroupSettingRequest}: {@code policy} is {@code anyone} or {@code admins}. */
  record SettingUpdate(String setting, String policy) {}

  /** The JSON form of {@code UploadImage}: a URL or a base64 data URI. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Icon(String media, @JsonProperty("mime_type") String mimeType) {}

  /** {@code ListParticipantsRequest}. */
  record Participants(List<String> participants) {}

  /** {@code ApplicationRequest}: one requester's chat id. */
  record Application(String application) {}

  /** {@code Group} and {@code GroupCreate}, reduced to what the gateway reports. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record GroupBody(
      String id,
      String name,
      String description,
      List<ParticipantBody> participants,
      @JsonProperty("participants_count") Integer participantsCount,
      @JsonProperty("created_at") Long createdAt,
      @JsonProperty("created_by") String createdBy,
      Boolean announcements,
      Boolean restricted,
      Boolean adminAddMemberMode,
      @JsonProperty("unprocessed_participants") List<String> unprocessedParticipants) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ParticipantBody(String id, String rank) {}

  /** {@code GroupsList}: the page and the iterator's {@code total}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record GroupList(List<GroupBody> groups, Integer total) {}

  /** {@code NewGroup}: the group joined by invite code. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Joined(@JsonProperty("group_id") String groupId) {}

  /** The answer to member changes: the numbers done and the ones that failed. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ParticipantsResult(Boolean success, List<String> processed, List<String> failed) {}

  /** {@code GroupInfoByInviteCode}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record InviteInfo(
      String id,
      String name,
      Integer participantsCount,
      @JsonProperty("created_at") Long createdAt,
      @JsonProperty("created_by") String createdBy) {}

  /** {@code GroupApplicationList}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Applications(List<ApplicationBody> applications, Integer total) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ApplicationBody(
      String chatId, @JsonProperty("request_method") String requestMethod, Long timestamp) {}

  /** One entry of {@code GroupApplicationChangeList}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ApplicationChange(String chatId, Boolean success, String error) {}
}
