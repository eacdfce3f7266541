package com.wagateway.adapter.rest.groups;

import com.wagateway.application.group.ManageGroups;
import com.wagateway.domain.group.GroupInfoUpdate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies group operations take; numbers in any form a send's {@code to} accepts. */
public final class GroupRequests {
  private GroupRequests() {}

  @Schema(name = "CreateGroupRequest")
  public record CreateGroup(
      @NotBlank @Size(max = GroupInfoUpdate.MAX_SUBJECT) @Schema(example = "Support team")
          String subject,
      @NotNull
          @Size(min = 1, max = ManageGroups.MAX_PHONES)
          @Schema(
              description = "The first members; WhatsApp needs at least one",
              example = "[\"+57 300 123 4567\"]")
          List<@NotBlank @Size(max = 32) String> participants) {}

  @Schema(name = "GroupInfoChange", description = "At least one of `subject` or `description`.")
  public record InfoChange(
      @Size(min = 1, max = GroupInfoUpdate.MAX_SUBJECT) @Schema(example = "Support team (EU)")
          String subject,
      @Size(max = GroupInfoUpdate.MAX_DESCRIPTION)
          @Schema(example = "Questions about orders, Monday to Friday")
          String description) {}

  @Schema(name = "GroupSettingChange")
  public record SettingChange(
      @NotNull
          @Schema(description = "true: only admins may; false: every member may", example = "true")
          Boolean adminsOnly) {}

  @Schema(name = "GroupParticipantsRequest")
  public record ParticipantsList(
      @NotNull
          @Size(min = 1, max = ManageGroups.MAX_PHONES)
          @Schema(example = "[\"+57 300 123 4567\", \"+1 555 010 0199\"]")
          List<@NotBlank @Size(max = 32) String> participants) {}
}
