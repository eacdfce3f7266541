package com.wagateway.adapter.rest.groups;

import com.wagateway.adapter.rest.groups.GroupRequests.CreateGroup;
import com.wagateway.adapter.rest.groups.GroupRequests.InfoChange;
import com.wagateway.adapter.rest.groups.GroupRequests.ParticipantsList;
import com.wagateway.adapter.rest.groups.GroupRequests.SettingChange;
import com.wagateway.adapter.rest.groups.GroupViews.Created;
import com.wagateway.adapter.rest.groups.GroupViews.GroupPage;
import com.wagateway.adapter.rest.groups.GroupViews.GroupView;
import com.wagateway.adapter.rest.groups.GroupViews.ParticipantsChangeView;
import com.wagateway.adapter.rest.profile.PictureRequest;
import com.wagateway.adapter.rest.validation.GroupIdParam;
import com.wagateway.application.group.ManageGroups;
import com.wagateway.domain.group.GroupId;
import com.wagateway.domain.group.GroupInfoUpdate;
import com.wagateway.domain.group.GroupSetting;
import com.wagateway.domain.model.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tenant's WhatsApp groups: list, create, read, change, leave, and their members. Invite links
 * and join requests are in {@link GroupAccessResource}.
 */
@Path("/v1/tenants/{tenantId}/groups")
@Tag(name = "Groups")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class GroupsResource {
  static final String GROUP_EXAMPLE = "120363012345678901@g.us";
  private static final String PHONES =
      "{\"participants\": [\"+57 300 123 4567\", \"+1 555 010 0199\"]}";
  private final ManageGroups groups;

  public GroupsResource(ManageGroups groups) {
    this.groups = groups;
  }

  @GET
  @Operation(
      summary = "List groups",
      description =
          "The groups the number is in, with their members, `limit` at a time; pass `nextCursor`"
              + " back as `cursor` for the next page. Whapi: `GET /groups` (`count`/`offset`).")
  public GroupPage listGroups(
      @PathParam("tenantId") String tenantId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(ManageGroups.MAX_PAGE) int limit) {
    return GroupPage.of(groups.list(new TenantId(tenantId), cursor, limit));
  }

  @POST
  @Operation(
      summary = "Create a group",
      description =
          "Creates a group with the tenant as its creator and at least one member. Numbers"
              + " WhatsApp would not add come back in `notAdded`. Whapi: `POST /groups`.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "team",
                      value =
                          "{\"subject\": \"Support team\", \"participants\": [\"+57 300 123"
                              + " 4567\"]}")))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = Created.class)))
  public Response createGroup(
      @PathParam("tenantId") String tenantId, @Valid @NotNull CreateGroup body) {
    var created = groups.create(new TenantId(tenantId), body.subject(), body.participants());
    return Response.status(Response.Status.CREATED).entity(Created.of(created)).build();
  }

  @GET
  @Path("/{groupId}")
  @Operation(
      summary = "Read a group",
      description = "Name, description, members and settings. Whapi: `GET /groups/{GroupID}`.")
  public GroupView getGroup(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = GROUP_EXAMPLE) @PathParam("groupId") @GroupIdParam String groupId) {
    return GroupView.of(groups.get(new TenantId(tenantId), new GroupId(groupId)));
  }

  @PATCH
  @Path("/{groupId}")
  @Operation(
      summary = "Change a group's subject and/or description",
      description = "Changes only the fields given. Whapi: `PUT /groups/{GroupID}`.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "both",
                      value =
                          "{\"subject\": \"Support team (EU)\", \"description\": \"Questions"
                              + " about orders\"}")))
  @APIResponse(responseCode = "204", description = "Changed")
  public void updateGroup(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = GROUP_EXAMPLE) @PathParam("groupId") @GroupIdParam String groupId,
      @Valid @NotNull InfoChange body) {
    groups.updateInfo(
        new TenantId(tenantId),
        new GroupId(groupId),
        new GroupInfoUpdate(body.subject(), body.description()));
  }

  @PUT
  @Path("/{groupId}/icon")
  @Operation(
      summary = "Change a group's icon",
      description =
          "From a public URL or inline base64 image. Whapi: `PUT /groups/{GroupID}/icon`.")
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "from a URL",
                      value = "{\"url\": \"https://cdn.example.com/team.png\"}")))
  @APIResponse(responseCode = "204", description = "Icon changed")
  public void changeGroupIcon(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = GROUP_EXAMPLE) @PathParam("groupId") @GroupIdParam String groupId,
      @Valid @NotNull PictureRequest body) {
    groups.changeIcon(new TenantId(tenantId), new GroupId(groupId), body.toPicture());
  }

  @PUT
  @Path("/{groupId}/settings/{setting}")
  @Operation(
      summary = "Keep a group permission for admins, or open it to all",
      description =
          "`setting` is `send-messages`, `edit-info`, `approve-participants` or"
              + " `add-participants`. Whapi: `PATCH /groups/{GroupID}` (`policy` admins or"
              + " anyone).")
  @RequestBody(
      content =
          @Content(
              examples = @ExampleObject(name = "admins only", value = "{\"adminsOnly\": true}")))
  @APIResponse(responseCode = "204", description = "Setting changed")
  public void changeGroupSetting(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = GROUP_EXAMPLE) @PathParam("groupId") @GroupIdParam String groupId,
      @Parameter(
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {
                        "send-messages",
                        "edit-info",
                        "approve-participants",
                        "add-participants"
                      }))
          @PathParam("setting")
          String setting,
      @Valid @NotNull SettingChange body) {
    groups.changeSetting(
        new TenantId(tenantId),
        new GroupId(groupId),
        GroupSetting.ofKey(setting, "setting"),
        body.adminsOnly());
  }

  @POST
  @Path("/{groupId}/leave")
  @Operation(
      summary = "Leave a group",
      description = "The tenant's number leaves the group. Whapi: `DELETE /groups/{GroupID}`.")
  @APIResponse(responseCode = "204", description = "Left")
  public void leaveGroup(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = GROUP_EXAMPLE) @PathParam("groupId") @GroupIdParam String groupId) {
    groups.leave(new TenantId(tenantId), new GroupId(groupId));
  }

  @POST
  @Path("/{groupId}/participants")
  @Operation(
      summary = "Add members",
      description =
          "Up to 50 numbers; those WhatsApp refused come back in `failed` (invite them instead)."
              + " Whapi: `POST /groups/{GroupID}/participants`.")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "two", value = PHONES)))
  public ParticipantsChangeView addGroupParticipants(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = GROUP_EXAMPLE) @PathParam("groupId") @GroupIdParam String groupId,
      @Valid @NotNull ParticipantsList body) {
    return ParticipantsChangeView.of(
        groups.addParticipants(new TenantId(tenantId), new GroupId(groupId), body.participants()));
  }

  @POST
  @Path("/{groupId}/participants/remove")
  @Operation(
      summary = "Remove members",
      description = "Up to 50 numbers. Whapi: `DELETE /groups/{GroupID}/participants`.")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "two", value = PHONES)))
  public ParticipantsChangeView removeGroupParticipants(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = GROUP_EXAMPLE) @PathParam("groupId") @GroupIdParam String groupId,
      @Valid @NotNull ParticipantsList body) {
    return ParticipantsChangeView.of(
        groups.removeParticipants(
            new TenantId(tenantId), new GroupId(groupId), body.participants()));
  }

  @POST
  @Path("/{groupId}/participants/promote")
  @Operation(
      summary = "Make members admins",
      description = "Up to 50 numbers. Whapi: `PATCH /groups/{GroupID}/admins`.")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "two", value = PHONES)))
  @APIResponse(responseCode = "204", description = "Promoted")
  public void promoteGroupParticipants(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = GROUP_EXAMPLE) @PathParam("groupId") @GroupIdParam String groupId,
      @Valid @NotNull ParticipantsList body) {
    groups.promote(new TenantId(tenantId), new GroupId(groupId), body.participants());
  }

  @POST
  @Path("/{groupId}/participants/demote")
  @Operation(
      summary = "Make admins plain members",
      description = "Up to 50 numbers. Whapi: `DELETE /groups/{GroupID}/admins`.")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "two", value = PHONES)))
  @APIResponse(responseCode = "204", description = "Demoted")
  public void demoteGroupParticipants(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = GROUP_EXAMPLE) @PathParam("groupId") @GroupIdParam String groupId,
      @Valid @NotNull ParticipantsList body) {
    groups.demote(new TenantId(tenantId), new GroupId(groupId), body.participants());
  }
}
