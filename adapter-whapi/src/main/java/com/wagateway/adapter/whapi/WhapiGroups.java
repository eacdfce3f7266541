package com.wagateway.adapter.whapi;

import com.wagateway.adapter.whapi.WhapiGroupBodies.Application;
import com.wagateway.adapter.whapi.WhapiGroupBodies.ApplicationChange;
import com.wagateway.adapter.whapi.WhapiGroupBodies.Applications;
import com.wagateway.adapter.whapi.WhapiGroupBodies.GroupBody;
import com.wagateway.adapter.whapi.WhapiGroupBodies.GroupList;
import com.wagateway.adapter.whapi.WhapiGroupBodies.Icon;
import com.wagateway.adapter.whapi.WhapiGroupBodies.InfoUpdate;
import com.wagateway.adapter.whapi.WhapiGroupBodies.InviteCode;
import com.wagateway.adapter.whapi.WhapiGroupBodies.InviteInfo;
import com.wagateway.adapter.whapi.WhapiGroupBodies.Joined;
import com.wagateway.adapter.whapi.WhapiGroupBodies.NewGroup;
import com.wagateway.adapter.whapi.WhapiGroupBodies.Participants;
import com.wagateway.adapter.whapi.WhapiGroupBodies.ParticipantsResult;
import com.wagateway.adapter.whapi.WhapiGroupBodies.SettingUpdate;
import com.wagateway.adapter.whapi.WhapiResponses.Success;
import com.wagateway.domain.error.ProviderException;
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
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.GroupManager;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.profile.Picture;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/** WhatsApp groups through Whapi's {@code /groups} endpoints, one call per operation. */
@ApplicationScoped
public class WhapiGroups implements GroupManager {
  private final WhapiApi api;

  @Inject
  WhapiGroups(WhapiApi api) {
    this.api = api;
  }

  @Override
  public ProviderId provider() {
    return ProviderId.WHAPI;
  }

  @Override
  public Set<Operation> supportedOperations() {
    return EnumSet.range(Operation.GROUPS_LIST, Operation.GROUPS_JOIN_REQUESTS_REJECT);
  }

  @Override
  @Reaches("GET /groups")
  public Slice<Group> list(ProviderAccount account, int offset, int count) {
    GroupList answer = call(account, GroupList.class, (c, a) -> c.list(a, count, offset));
    List<GroupBody> groups = answer.groups() == null ? List.of() : answer.groups();
    return new Slice<>(
        groups.stream().map(g -> WhapiGroupMapper.group(account, g)).toList(), answer.total());
  }

  @Override
  @Reaches("POST /groups")
  public CreatedGroup create(ProviderAccount account, String subject, List<String> phones) {
    GroupBody answer =
        call(account, GroupBody.class, (c, a) -> c.create(a, new NewGroup(subject, phones)));
    List<String> notAdded = answer.unprocessedParticipants();
    return new CreatedGroup(
        WhapiGroupMapper.group(account, answer), notAdded == null ? List.of() : notAdded);
  }

  @Override
  @Reaches("GET /groups/{GroupID}")
  public Group get(ProviderAccount account, GroupId group) {
    return WhapiGroupMapper.group(
        account, call(account, GroupBody.class, (c, a) -> c.get(a, group.value())));
  }

  @Override
  @Reaches("PUT /groups/{GroupID}")
  public void updateInfo(ProviderAccount account, GroupId group, GroupInfoUpdate update) {
    InfoUpdate body = new InfoUpdate(update.subject(), update.description());
    succeed(account, (c, a) -> c.updateInfo(a, group.value(), body));
  }

  /** Whapi's JSON icon takes a URL or a base64 data URI, so both picture sources go as they are. */
  @Override
  @Reaches("PUT /groups/{GroupID}/icon")
  public void changeIcon(ProviderAccount account, GroupId group, Picture icon) {
    Icon body = new Icon(WhapiMedia.media(icon.source()), WhapiMedia.mimeType(icon.source()));
    succeed(account, (c, a) -> c.setIcon(a, group.value(), body));
  }

  @Override
  @Reaches("PATCH /groups/{GroupID}")
  public void changeSetting(
      ProviderAccount account, GroupId group, GroupSetting setting, boolean adminsOnly) {
    SettingUpdate body =
        new SettingUpdate(WhapiGroupMapper.setting(setting), WhapiGroupMapper.policy(adminsOnly));
    succeed(account, (c, a) -> c.updateSetting(a, group.value(), body));
  }

  @Override
  @Reaches("DELETE /groups/{GroupID}")
  public void leave(ProviderAccount account, GroupId group) {
    succeed(account, (c, a) -> c.leave(a, group.value()));
  }

  @Override
  @Reaches("POST /groups/{GroupID}/participants")
  public ParticipantsChange addParticipants(
      ProviderAccount account, GroupId group, List<String> phones) {
    return change(account, (c, a) -> c.addParticipants(a, group.value(), new Participants(phones)));
  }

  @Override
  @Reaches("DELETE /groups/{GroupID}/participants")
  public ParticipantsChange removeParticipants(
      ProviderAccount account, GroupId group, List<String> phones) {
    return change(
        account, (c, a) -> c.removeParticipants(a, group.value(), new Participants(phones)));
  }

  @Override
  @Reaches("PATCH /groups/{GroupID}/admins")
  public void promote(ProviderAccount account, GroupId group, List<String> phones) {
    succeed(account, (c, a) -> c.promote(a, group.value(), new Participants(phones)));
  }

  @Override
  @Reaches("DELETE /groups/{GroupID}/admins")
  public void demote(ProviderAccount account, GroupId group, List<String> phones) {
    succeed(account, (c, a) -> c.demote(a, group.value(), new Participants(phones)));
  }

  @Override
  @Reaches("GET /groups/{GroupID}/invite")
  public String inviteCode(ProviderAccount account, GroupId group) {
    InviteCode answer = call(account, InviteCode.class, (c, a) -> c.invite(a, group.value()));
    if (answer.inviteCode() == null || answer.inviteCode().isBlank()) {
      throw WhapiJson.notAsDocumented(account, "invite_code");
    }
    return answer.inviteCode();
  }

  @Override
  @Reaches("DELETE /groups/{GroupID}/invite")
  public void revokeInvite(ProviderAccount account, GroupId group) {
    succeed(account, (c, a) -> c.revokeInvite(a, group.value()));
  }

  @Override
  @Reaches("PUT /groups")
  public GroupId join(ProviderAccount account, String inviteCode) {
    Joined answer = call(account, Joined.class, (c, a) -> c.accept(a, new InviteCode(inviteCode)));
    return WhapiGroupMapper.groupId(account, answer.groupId());
  }

  @Override
  @Reaches("GET /groups/link/{InviteCode}")
  public InvitePreview inviteInfo(ProviderAccount account, String inviteCode) {
    return WhapiGroupMapper.preview(
        account, call(account, InviteInfo.class, (c, a) -> c.inviteInfo(a, inviteCode)));
  }

  @Override
  @Reaches("GET /groups/{GroupID}/applications")
  public Slice<JoinRequest> joinRequests(
      ProviderAccount account, GroupId group, int offset, int count) {
    Applications answer =
        call(
            account, Applications.class, (c, a) -> c.applications(a, group.value(), count, offset));
    return new Slice<>(
        answer.applications() == null
            ? List.of()
            : answer.applications().stream().map(WhapiGroupMapper::joinRequest).toList(),
        answer.total());
  }

  @Override
  @Reaches("POST /groups/{GroupID}/applications")
  public void approve(ProviderAccount account, GroupId group, String requester) {
    decide(account, requester, (c, a) -> c.approve(a, group.value(), new Application(requester)));
  }

  @Override
  @Reaches("DELETE /groups/{GroupID}/applications")
  public void reject(ProviderAccount account, GroupId group, String requester) {
    decide(account, requester, (c, a) -> c.reject(a, group.value(), new Application(requester)));
  }

  private <T> T call(
      ProviderAccount account,
      Class<T> type,
      BiFunction<WhapiGroupClient, String, Response> request) {
    return api.call(account, WhapiGroupClient.class, type, request);
  }

  private void succeed(
      ProviderAccount account, BiFunction<WhapiGroupClient, String, Response> request) {
    WhapiJson.requireSuccess(account, call(account, Success.class, request));
  }

  private ParticipantsChange change(
      ProviderAccount account, BiFunction<WhapiGroupClient, String, Response> request) {
    ParticipantsResult answer = call(account, ParticipantsResult.class, request);
    return new ParticipantsChange(
        answer.processed() == null ? List.of() : answer.processed(),
        answer.failed() == null ? List.of() : answer.failed());
  }

  /**
   * Whapi answers a decision on a join request with one result per request it touched; a request it
   * says failed is refused (422) with Whapi's reason.
   */
  private void decide(
      ProviderAccount account,
      String requester,
      BiFunction<WhapiGroupClient, String, Response> request) {
    ApplicationChange[] answer = call(account, ApplicationChange[].class, request);
    Arrays.stream(answer)
        .filter(change -> change != null && !Boolean.TRUE.equals(change.success()))
        .findFirst()
        .ifPresent(
            failed -> {
              throw ProviderException.rejected(
                  account,
                  200,
                  "Whapi did not decide the join request of "
                      + requester
                      + (failed.error() == null ? "" : ": " + failed.error()));
            });
  }
}
