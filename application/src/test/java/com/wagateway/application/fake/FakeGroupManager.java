package com.wagateway.application.fake;

import com.wagateway.domain.group.CreatedGroup;
import com.wagateway.domain.group.Group;
import com.wagateway.domain.group.GroupId;
import com.wagateway.domain.group.GroupInfoUpdate;
import com.wagateway.domain.group.GroupSetting;
import com.wagateway.domain.group.InvitePreview;
import com.wagateway.domain.group.JoinRequest;
import com.wagateway.domain.group.Participant;
import com.wagateway.domain.group.ParticipantsChange;
import com.wagateway.domain.group.Slice;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.GroupManager;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.profile.Picture;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A group port that records every call as {@code method:arguments}; its listings hold {@code total}
 * made-up groups and join requests, so paging can be followed to the end.
 */
public final class FakeGroupManager implements GroupManager {
  public static final GroupId GROUP = new GroupId("120363012345678901@g.us");
  private final ProviderId provider;
  private final Set<Operation> supported;
  private final List<String> calls = new ArrayList<>();
  private Integer total = 3;

  public FakeGroupManager(ProviderId provider, Set<Operation> supported) {
    this.provider = provider;
    this.supported = Set.copyOf(supported);
  }

  public List<String> calls() {
    return List.copyOf(calls);
  }

  /** How many items the listings hold; {@code null}: the listings do not say. */
  public void listing(Integer total) {
    this.total = total;
  }

  @Override
  public ProviderId provider() {
    return provider;
  }

  @Override
  public Set<Operation> supportedOperations() {
    return supported;
  }

  public static Group group(GroupId id, String name) {
    return new Group(
        id,
        name,
        null,
        List.of(new Participant("573001234567", Participant.Role.CREATOR)),
        1,
        null,
        "573001234567",
        Set.of());
  }

  private <T> Slice<T> slice(int offset, int count, java.util.function.IntFunction<T> item) {
    int size = total == null ? 3 : total;
    List<T> items = IntStream.range(offset, Math.min(size, offset + count)).mapToObj(item).toList();
    return new Slice<>(items, total);
  }

  @Override
  public Slice<Group> list(ProviderAccount account, int offset, int count) {
    calls.add("list:" + offset + ":" + count);
    return slice(
        offset, count, i -> group(new GroupId("12036301234567890" + i + "@g.us"), "G" + i));
  }

  @Override
  public CreatedGroup create(ProviderAccount account, String subject, List<String> phones) {
    calls.add("create:" + subject + ":" + phones);
    return new CreatedGroup(group(GROUP, subject), List.of());
  }

  @Override
  public Group get(ProviderAccount account, GroupId group) {
    calls.add("get:" + group);
    return group(group, "Team");
  }

  @Override
  public void updateInfo(ProviderAccount account, GroupId group, GroupInfoUpdate update) {
    calls.add("updateInfo:" + group + ":" + update.subject() + ":" + update.description());
  }

  @Override
  public void changeIcon(ProviderAccount account, GroupId group, Picture icon) {
    calls.add("changeIcon:" + group);
  }

  @Override
  public void changeSetting(
      ProviderAccount account, GroupId group, GroupSetting setting, boolean adminsOnly) {
    calls.add("changeSetting:" + group + ":" + setting + ":" + adminsOnly);
  }

  @Override
  public void leave(ProviderAccount account, GroupId group) {
    calls.add("leave:" + group);
  }

  @Override
  public ParticipantsChange addParticipants(
      ProviderAccount account, GroupId group, List<String> phones) {
    calls.add("add:" + group + ":" + phones);
    return new ParticipantsChange(phones, List.of());
  }

  @Override
  public ParticipantsChange removeParticipants(
      ProviderAccount account, GroupId group, List<String> phones) {
    calls.add("remove:" + group + ":" + phones);
    return new ParticipantsChange(phones, List.of());
  }

  @Override
  public void promote(ProviderAccount account, GroupId group, List<String> phones) {
    calls.add("promote:" + group + ":" + phones);
  }

  @Override
  public void demote(ProviderAccount account, GroupId group, List<String> phones) {
    calls.add("demote:" + group + ":" + phones);
  }

  @Override
  public String inviteCode(ProviderAccount account, GroupId group) {
    calls.add("inviteCode:" + group);
    return "AbCdEfGhIjKlMn12";
  }

  @Override
  public void revokeInvite(ProviderAccount account, GroupId group) {
    calls.add("revokeInvite:" + group);
  }

  @Override
  public GroupId join(ProviderAccount account, String inviteCode) {
    calls.add("join:" + inviteCode);
    return GROUP;
  }

  @Override
  public InvitePreview inviteInfo(ProviderAccount account, String inviteCode) {
    calls.add("inviteInfo:" + inviteCode);
    return new InvitePreview(GROUP, "Team", 1, null, null);
  }

  @Override
  public Slice<JoinRequest> joinRequests(
      ProviderAccount account, GroupId group, int offset, int count) {
    calls.add("joinRequests:" + group + ":" + offset + ":" + count);
    return slice(
        offset,
        count,
        i -> new JoinRequest("5730012345" + i + "@s.whatsapp.net", "invite_link", null));
  }

  @Override
  public void approve(ProviderAccount account, GroupId group, String requester) {
    calls.add("approve:" + group + ":" + requester);
  }

  @Override
  public void reject(ProviderAccount account, GroupId group, String requester) {
    calls.add("reject:" + group + ":" + requester);
  }
}
