package com.wagateway.application.fake;

import com.wagateway.application.tenant.ProviderRouter;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.Account;
import com.wagateway.domain.port.Channel;
import com.wagateway.domain.port.Chats;
import com.wagateway.domain.port.ContactBook;
import com.wagateway.domain.port.ConversationActions;
import com.wagateway.domain.port.GroupManager;
import com.wagateway.domain.port.InstanceStatus;
import com.wagateway.domain.port.Labels;
import com.wagateway.domain.port.MediaStore;
import com.wagateway.domain.port.MessageSender;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.port.Presences;
import com.wagateway.domain.port.ProfileConfigurer;
import com.wagateway.domain.port.ProviderApi;
import com.wagateway.domain.port.ProviderMessages;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The fake ports of one provider; each port declares the supported operations that belong to it
 * (the conversation actions, then the rest by the operation key's prefix), as a real adapter would.
 */
public record FakeProvider(
    FakeMessageSender sender,
    FakeProfileConfigurer profile,
    FakeInstanceStatus instance,
    FakeMediaStore media,
    FakeConversationActions conversations,
    FakeProviderApi api,
    FakeGroupManager groups,
    FakeLabels labels,
    FakeChannel channel,
    FakeChats chats,
    FakeContactBook contacts,
    FakePresences presences,
    FakeAccount account,
    FakeProviderMessages providerMessages) {
  private static final Set<Operation> CONVERSATION_ACTIONS =
      EnumSet.of(
          Operation.MESSAGE_READ,
          Operation.MESSAGE_DELETE,
          Operation.CHAT_READ,
          Operation.CHAT_PRESENCE,
          Operation.CONTACTS_CHECK);

  public static FakeProvider supporting(ProviderId provider, Set<Operation> supported) {
    Set<Operation> actions = EnumSet.noneOf(Operation.class);
    Set<Operation> others = EnumSet.noneOf(Operation.class);
    supported.forEach(op -> (CONVERSATION_ACTIONS.contains(op) ? actions : others).add(op));
    return new FakeProvider(
        new FakeMessageSender(provider, only(others, "messages.")),
        new FakeProfileConfigurer(provider, only(others, "profile.", "settings.")),
        new FakeInstanceStatus(provider, only(others, "instance.")),
        new FakeMediaStore(provider, only(others, "media.")),
        new FakeConversationActions(provider, actions),
        new FakeProviderApi(provider, only(others, Operation.PROVIDER_API.key())),
        new FakeGroupManager(provider, only(others, "groups.")),
        new FakeLabels(provider, only(others, "labels.")),
        new FakeChannel(provider, only(others, "channel.")),
        new FakeChats(provider, only(others, "chats.")),
        new FakeContactBook(provider, only(others, "contacts.")),
        new FakePresences(provider, only(others, "presence.")),
        new FakeAccount(provider, only(others, "account.")),
        new FakeProviderMessages(provider, only(others, "provider-messages.")));
  }

  public static FakeProvider supportingEverything(ProviderId provider) {
    return supporting(provider, EnumSet.allOf(Operation.class));
  }

  /** The same provider, without an auto-read setting of its own (the gateway emulates it). */
  public FakeProvider emulatingAutoRead() {
    profile.emulatingAutoRead();
    return this;
  }

  /** A router over exactly these providers, one port of each kind per provider. */
  public static ProviderRouter router(FakeProvider... providers) {
    List<FakeProvider> all = Arrays.asList(providers);
    return new ProviderRouter(
        new ProviderRouter.Ports()
            .add(MessageSender.class, each(all, FakeProvider::sender))
            .add(ProfileConfigurer.class, each(all, FakeProvider::profile))
            .add(InstanceStatus.class, each(all, FakeProvider::instance))
            .add(MediaStore.class, each(all, FakeProvider::media))
            .add(ConversationActions.class, each(all, FakeProvider::conversations))
            .add(ProviderApi.class, each(all, FakeProvider::api))
            .add(GroupManager.class, each(all, FakeProvider::groups))
            .add(Labels.class, each(all, FakeProvider::labels))
            .add(Channel.class, each(all, FakeProvider::channel))
            .add(Chats.class, each(all, FakeProvider::chats))
            .add(ContactBook.class, each(all, FakeProvider::contacts))
            .add(Presences.class, each(all, FakeProvider::presences))
            .add(Account.class, each(all, FakeProvider::account))
            .add(ProviderMessages.class, each(all, FakeProvider::providerMessages)));
  }

  private static <P> List<P> each(List<FakeProvider> all, Function<FakeProvider, P> port) {
    return all.stream().map(port).toList();
  }

  private static Set<Operation> only(Set<Operation> operations, String... prefixes) {
    Set<Operation> selected = EnumSet.noneOf(Operation.class);
    for (Operation operation : operations) {
      for (String prefix : prefixes) {
        if (operation.key().startsWith(prefix)) {
          selected.add(operation);
        }
      }
    }
    return selected;
  }
}
