package com.wagateway.adapter.rest.groups;

import com.wagateway.application.paging.Page;
import com.wagateway.domain.group.CreatedGroup;
import com.wagateway.domain.group.Group;
import com.wagateway.domain.group.GroupSetting;
import com.wagateway.domain.group.InvitePreview;
import com.wagateway.domain.group.JoinRequest;
import com.wagateway.domain.group.ParticipantsChange;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What group operations answer. */
public final class GroupViews {
  private GroupViews() {}

  /** WhatsApp's public link for an invite code. */
  static final String INVITE_LINK = "https://chat.whatsapp.com/";

  @Schema(name = "GroupParticipant")
  public record ParticipantView(
      @Schema(description = "Digits, country code first", example = "573001234567") String phone,
      @Schema(description = "member, admin or creator", example = "admin") String role) {}

  @Schema(name = "Group")
  public record GroupView(
      @Schema(example = "120363012345678901@g.us") String groupId,
      @Schema(example = "Support team") String name,
      @Schema(example = "Questions about orders") String description,
      List<ParticipantView> participants,
      @Schema(example = "2") int participantsCount,
      Instant createdAt,
      @Schema(example = "573001234567") String createdBy,
      @Schema(
              description =
                  "Settings kept for admins (send-messages, edit-info, approve-participants,"
                      + " add-participants), of those the provider reports",
              example = "[\"send-messages\"]")
          List<String> adminsOnly) {

    static GroupView of(Group group) {
      return new GroupView(
          group.id().value(),
          group.name(),
          group.description(),
          group.participants().stream()
              .map(p -> new ParticipantView(p.phone(), p.role().name().toLowerCase(Locale.ROOT)))
              .toList(),
          group.participantsCount(),
          group.createdAt(),
          group.createdBy(),
          group.adminsOnly().stream().sorted().map(GroupSetting::key).toList());
    }
  }

  @Schema(name = "GroupPage")
  public record GroupPage(List<GroupView> items, String nextCursor) {
    static GroupPage of(Page<Group> page) {
      return new GroupPage(page.items().stream().map(GroupView::of).toList(), page.nextCursor());
    }
  }

  @Schema(name = "CreatedGroup")
  public record Created(
      GroupView group,
      @Schema(
              description =
                  "Numbers WhatsApp did not add (privacy settings, anti-spam): invite them instead")
          List<String> notAdded) {
    static Created of(CreatedGroup created) {
      return new Created(GroupView.of(created.group()), created.notAdded());
    }
  }

  @Schema(name = "GroupParticipantsChange")
  public record ParticipantsChangeView(
      @Schema(example = "[\"573001234567\"]") List<String> processed,
      @Schema(example = "[\"15550100199\"]") List<String> failed) {
    static ParticipantsChangeView of(ParticipantsChange change) {
      return new ParticipantsChangeView(change.processed(), change.failed());
    }
  }

  @Schema(name = "GroupInvite")
  public record InviteView(
      @Schema(example = "AbCdEfGhIjKlMn12") String inviteCode,
      @Schema(example = "https://chat.whatsapp.com/AbCdEfGhIjKlMn12") String inviteLink) {
    static InviteView of(String code) {
      return new InviteView(code, INVITE_LINK + code);
    }
  }

  @Schema(name = "GroupInvitePreview")
  public record InvitePreviewView(
      @Schema(example = "120363012345678901@g.us") String groupId,
      @Schema(example = "Support team") String name,
      @Schema(example = "2") Integer participantsCount,
      Instant createdAt,
      @Schema(example = "573001234567") String createdBy) {
    static InvitePreviewView of(InvitePreview preview) {
      return new InvitePreviewView(
          preview.id().value(),
          preview.name(),
          preview.participantsCount(),
          preview.createdAt(),
          preview.createdBy());
    }
  }

  @Schema(name = "JoinedGroup")
  public record Joined(@Schema(example = "120363012345678901@g.us") String groupId) {}

  @Schema(name = "GroupJoinRequest")
  public record JoinRequestView(
      @Schema(description = "Pass it to approve or reject", example = "15550100199@s.whatsapp.net")
          String requester,
      @Schema(example = "invite_link") String method,
      Instant requestedAt) {}

  @Schema(name = "GroupJoinRequestPage")
  public record JoinRequestPage(List<JoinRequestView> items, String nextCursor) {
    static JoinRequestPage of(Page<JoinRequest> page) {
      return new JoinRequestPage(
          page.items().stream()
              .map(r -> new JoinRequestView(r.requester(), r.method(), r.requestedAt()))
              .toList(),
          page.nextCursor());
    }
  }
}
