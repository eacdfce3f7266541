package com.wagateway.adapter.rest.groups;

import static com.wagateway.adapter.rest.groups.GroupsResource.GROUP_EXAMPLE;

import com.wagateway.adapter.rest.groups.GroupViews.InvitePreviewView;
import com.wagateway.adapter.rest.groups.GroupViews.InviteView;
import com.wagateway.adapter.rest.groups.GroupViews.JoinRequestPage;
import com.wagateway.adapter.rest.groups.GroupViews.Joined;
import com.wagateway.adapter.rest.validation.GroupIdParam;
import com.wagateway.application.group.ManageGroups;
import com.wagateway.domain.group.GroupId;
import com.wagateway.domain.model.TenantId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who gets into a group: its invite link, joining by invite code, and join requests. */
@Path("/v1/tenants/{tenantId}/groups")
@Tag(name = "Groups")
@Produces(MediaType.APPLICATION_JSON)
public class GroupAccessResource {
  private static final String CODE_EXAMPLE = "AbCdEfGhIjKlMn12";
  private static final String REQUESTER_EXAMPLE = "15550100199@s.whatsapp.net";
  private final ManageGroups groups;

  public GroupAccessResource(ManageGroups groups) {
    this.groups = groups;
  }

  @GET
  @Path("/{groupId}/invite")
  @Operation(
      summary = "Read a group's invite link",
      description =
          "The current invite code and its `https://chat.whatsapp.com/` link (admins only)."
              + " Whapi: `GET /groups/{GroupID}/invite`.")
  public InviteView getGroupInvite(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = GROUP_EXAMPLE) @PathParam("groupId") @GroupIdParam String groupId) {
    return InviteView.of(groups.inviteCode(new TenantId(tenantId), new GroupId(groupId)));
  }

  @DELETE
  @Path("/{groupId}/invite")
  @Operation(
      summary = "Revoke a group's invite link",
      description =
          "The current link stops working; reading the invite again gives a new one. Whapi:"
              + " `DELETE /groups/{GroupID}/invite`.")
  @APIResponse(responseCode = "204", description = "Revoked")
  public void revokeGroupInvite(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = GROUP_EXAMPLE) @PathParam("groupId") @GroupIdParam String groupId) {
    groups.revokeInvite(new TenantId(tenantId), new GroupId(groupId));
  }

  @GET
  @Path("/invites/{inviteCode}")
  @Operation(
      summary = "See what an invite code opens",
      description =
          "The group's id, name and size, before joining. Whapi: `GET /groups/link/{InviteCode}`.")
  public InvitePreviewView getGroupInviteInfo(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = CODE_EXAMPLE) @PathParam("inviteCode") String inviteCode) {
    return InvitePreviewView.of(groups.inviteInfo(new TenantId(tenantId), inviteCode));
  }

  @POST
  @Path("/invites/{inviteCode}/join")
  @Operation(
      summary = "Join a group by invite code",
      description =
          "The code is the last part of a `https://chat.whatsapp.com/` link. Whapi: `PUT"
              + " /groups` with `invite_code`.")
  public Joined joinGroupByInvite(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = CODE_EXAMPLE) @PathParam("inviteCode") String inviteCode) {
    return new Joined(groups.join(new TenantId(tenantId), inviteCode).value());
  }

  @GET
  @Path("/{groupId}/join-requests")
  @Operation(
      summary = "List join requests",
      description =
          "People asking to join a group that approves its members, `limit` at a time (cursor"
              + " paging). Whapi: `GET /groups/{GroupID}/applications` (`count`/`offset`).")
  public JoinRequestPage listGroupJoinRequests(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = GROUP_EXAMPLE) @PathParam("groupId") @GroupIdParam String groupId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(ManageGroups.MAX_PAGE) int limit) {
    return JoinRequestPage.of(
        groups.joinRequests(new TenantId(tenantId), new GroupId(groupId), cursor, limit));
  }

  @POST
  @Path("/{groupId}/join-requests/{requester}/approve")
  @Operation(
      summary = "Approve a join request",
      description =
          "`requester` as the join request listing gives it. A request the provider could not"
              + " decide is 422. Whapi: `POST /groups/{GroupID}/applications`.")
  @APIResponse(responseCode = "204", description = "Approved: the requester is a member")
  public void approveGroupJoinRequest(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = GROUP_EXAMPLE) @PathParam("groupId") @GroupIdParam String groupId,
      @Parameter(example = REQUESTER_EXAMPLE) @PathParam("requester") String requester) {
    groups.approve(new TenantId(tenantId), new GroupId(groupId), requester);
  }

  @POST
  @Path("/{groupId}/join-requests/{requester}/reject")
  @Operation(
      summary = "Reject a join request",
      description =
          "`requester` as the join request listing gives it. A request the provider could not"
              + " decide is 422. Whapi: `DELETE /groups/{GroupID}/applications`.")
  @APIResponse(responseCode = "204", description = "Rejected")
  public void rejectGroupJoinRequest(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = GROUP_EXAMPLE) @PathParam("groupId") @GroupIdParam String groupId,
      @Parameter(example = REQUESTER_EXAMPLE) @PathParam("requester") String requester) {
    groups.reject(new TenantId(tenantId), new GroupId(groupId), requester);
  }
}
