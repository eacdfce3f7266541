package com.wagateway.bootstrap;

import com.wagateway.application.account.ManageAccount;
import com.wagateway.application.admin.ApiKeys;
import com.wagateway.application.admin.TenantAdministration;
import com.wagateway.application.capabilities.DescribeCapabilities;
import com.wagateway.application.channel.ManageChannel;
import com.wagateway.application.chat.ManageChats;
import com.wagateway.application.console.ConsoleSessions;
import com.wagateway.application.contact.ManageContacts;
import com.wagateway.application.conversation.ActOnConversations;
import com.wagateway.application.conversation.ReadConversations;
import com.wagateway.application.group.ManageGroups;
import com.wagateway.application.instance.ManageInstance;
import com.wagateway.application.label.ManageLabels;
import com.wagateway.application.media.ManageMedia;
import com.wagateway.application.messaging.SendActivity;
import com.wagateway.application.messaging.SendMessage;
import com.wagateway.application.messaging.TrackMessages;
import com.wagateway.application.outbound.DeliverWebhooks;
import com.wagateway.application.outbound.ManageSubscriptions;
import com.wagateway.application.outbound.PublishEvents;
import com.wagateway.application.outbound.RetrySchedule;
import com.wagateway.application.port.AuditTrail;
import com.wagateway.application.port.ConsoleSessionStore;
import com.wagateway.application.port.ConversationLog;
import com.wagateway.application.port.DeliveryOutbox;
import com.wagateway.application.port.EventPayloads;
import com.wagateway.application.port.IdempotencyStore;
import com.wagateway.application.port.InboundEventStore;
import com.wagateway.application.port.MessageLog;
import com.wagateway.application.port.SendRateLimit;
import com.wagateway.application.port.SubscriptionStore;
import com.wagateway.application.port.TenantDirectory;
import com.wagateway.application.port.TenantRepository;
import com.wagateway.application.port.UnitOfWork;
import com.wagateway.application.port.WebhookSecrets;
import com.wagateway.application.port.WebhookTransport;
import com.wagateway.application.presence.ManagePresence;
import com.wagateway.application.profile.ManageProfile;
import com.wagateway.application.providerapi.CallProviderApi;
import com.wagateway.application.providermessage.ManageProviderMessages;
import com.wagateway.application.tenant.AccessControl;
import com.wagateway.application.tenant.ProviderRouter;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.application.webhook.ReceiveWebhook;
import com.wagateway.application.webhook.WebhookEndpoints;
import com.wagateway.bootstrap.delivery.DeliverySettings;
import com.wagateway.bootstrap.resilience.GuardedProviders;
import com.wagateway.domain.model.Secret;
import com.wagateway.domain.model.TimeOrderedUuid;
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
import com.wagateway.domain.port.Presences;
import com.wagateway.domain.port.ProfileConfigurer;
import com.wagateway.domain.port.ProviderApi;
import com.wagateway.domain.port.ProviderMessages;
import com.wagateway.domain.port.WebhookNormalizer;
import io.quarkus.arc.All;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Assembles the framework-free application core from the adapters Quarkus discovered. */
@ApplicationScoped
public class ApplicationWiring {

  @Produces
  @ApplicationScoped
  AccessControl accessControl(GatewaySettings settings, TenantDirectory tenants) {
    return new AccessControl(
        settings.adminApiKey().filter(k -> !k.isBlank()).map(Secret::of), tenants);
  }

  /**
   * Built at start-up so a provider missing one of its four ports stops the gateway. Every port is
   * put behind the fault tolerance of {@link GuardedProviders}.
   */
  @Produces
  @Startup
  @ApplicationScoped
  ProviderRouter providerRouter(
      @All List<MessageSender> senders,
      @All List<ProfileConfigurer> profiles,
      @All List<InstanceStatus> instances,
      @All List<MediaStore> media,
      @All List<ConversationActions> conversations,
      @All List<ProviderApi> providerApis,
      @All List<GroupManager> groups,
      @All List<Labels> labels,
      @All List<Channel> channels,
      @All List<Chats> chats,
      @All List<ContactBook> contacts,
      @All List<Presences> presences,
      @All List<Account> accounts,
      @All List<ProviderMessages> providerMessages,
      GuardedProviders guarded) {
    return new ProviderRouter(
        new ProviderRouter.Ports()
            .add(MessageSender.class, guarded.senders(senders))
            .add(ProfileConfigurer.class, guarded.profiles(profiles))
            .add(InstanceStatus.class, guarded.instances(instances))
            .add(MediaStore.class, guarded.media(media))
            .add(ConversationActions.class, guarded.conversations(conversations))
            .add(ProviderApi.class, guarded.ports(ProviderApi.class, providerApis))
            .add(GroupManager.class, guarded.ports(GroupManager.class, groups))
            .add(Labels.class, guarded.ports(Labels.class, labels))
            .add(Channel.class, guarded.ports(Channel.class, channels))
            .add(Chats.class, guarded.ports(Chats.class, chats))
            .add(ContactBook.class, guarded.ports(ContactBook.class, contacts))
            .add(Presences.class, guarded.ports(Presences.class, presences))
            .add(Account.class, guarded.ports(Account.class, accounts))
            .add(ProviderMessages.class, guarded.ports(ProviderMessages.class, providerMessages)));
  }

  @Produces
  @ApplicationScoped
  TenantResolver tenantResolver(TenantDirectory tenants) {
    return new TenantResolver(tenants);
  }

  @Produces
  @ApplicationScoped
  TenantAdministration tenantAdministration(
      TenantRepository tenants, AuditTrail audit, UnitOfWork unitOfWork) {
    return new TenantAdministration(
        tenants, audit, unitOfWork, Clock.systemUTC(), ApiKeys::generate);
  }

  @Produces
  @ApplicationScoped
  SendMessage sendMessage(
      TenantResolver tenants,
      ProviderRouter router,
      MessageLog messages,
      IdempotencyStore idempotency,
      SendRateLimit rateLimit,
      BlockingWork blocking) {
    return new SendMessage(
        tenants,
        router,
        messages,
        idempotency,
        rateLimit,
        blocking,
        Clock.systemUTC(),
        // Time-ordered: the message tables' indexes on the id grow at their end.
        new TimeOrderedUuid(Clock.systemUTC()));
  }

  @Produces
  @ApplicationScoped
  ReceiveWebhook receiveWebhook(
      TenantResolver tenants,
      WebhookSecrets secrets,
      @All List<WebhookNormalizer> normalizers,
      InboundEventStore events,
      MessageLog messages,
      ConversationLog conversations,
      PublishEvents publisher,
      ProviderRouter router,
      UnitOfWork unitOfWork) {
    return new ReceiveWebhook(
        tenants,
        secrets,
        normalizers,
        events,
        messages,
        conversations,
        publisher,
        router,
        unitOfWork,
        Clock.systemUTC());
  }

  @Produces
  @ApplicationScoped
  ActOnConversations actOnConversations(
      TenantResolver tenants,
      ProviderRouter router,
      ConversationLog conversations,
      MessageLog messages) {
    return new ActOnConversations(tenants, router, conversations, messages, Clock.systemUTC());
  }

  @Produces
  @ApplicationScoped
  ManageGroups manageGroups(TenantResolver tenants, ProviderRouter router) {
    return new ManageGroups(tenants, router);
  }

  @Produces
  @ApplicationScoped
  ReadConversations readConversations(TenantResolver tenants, ConversationLog conversations) {
    return new ReadConversations(tenants, conversations);
  }

  @Produces
  @ApplicationScoped
  WebhookEndpoints webhookEndpoints(
      TenantResolver tenants, WebhookSecrets secrets, ProviderRouter router) {
    return new WebhookEndpoints(tenants, secrets, router);
  }

  @Produces
  @ApplicationScoped
  PublishEvents publishEvents(
      SubscriptionStore subscriptions, DeliveryOutbox outbox, EventPayloads payloads) {
    return new PublishEvents(subscriptions, outbox, payloads, ApplicationWiring::compactId);
  }

  @Produces
  @ApplicationScoped
  ManageSubscriptions manageSubscriptions(
      TenantResolver tenants, SubscriptionStore subscriptions, DeliveryOutbox outbox) {
    return new ManageSubscriptions(
        tenants, subscriptions, outbox, Clock.systemUTC(), ApplicationWiring::compactId);
  }

  @Produces
  @ApplicationScoped
  DeliverWebhooks deliverWebhooks(
      DeliveryOutbox outbox, WebhookTransport transport, DeliverySettings settings) {
    RetrySchedule schedule =
        new RetrySchedule(
            settings.maxAttempts(),
            settings.initialDelay(),
            settings.maxDelay(),
            settings.jitter());
    return new DeliverWebhooks(
        outbox,
        transport,
        schedule,
        settings.lease(),
        Clock.systemUTC(),
        () -> ThreadLocalRandom.current().nextDouble());
  }

  /** A random id without dashes, for subscriptions, deliveries and events. */
  private static String compactId() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  @Produces
  @ApplicationScoped
  TrackMessages trackMessages(TenantResolver tenants, MessageLog messages) {
    return new TrackMessages(tenants, messages);
  }

  @Produces
  @ApplicationScoped
  SendActivity sendActivity(TenantResolver tenants, MessageLog messages) {
    return new SendActivity(tenants, messages, Clock.systemUTC());
  }

  @Produces
  @ApplicationScoped
  ManageProfile manageProfile(
      TenantResolver tenants,
      ProviderRouter router,
      TenantRepository repository,
      UnitOfWork unitOfWork) {
    return new ManageProfile(tenants, router, repository, unitOfWork);
  }

  @Produces
  @ApplicationScoped
  ConsoleSessions consoleSessions(
      AccessControl access,
      TenantDirectory tenants,
      ConsoleSessionStore store,
      ConsoleSettings settings) {
    return new ConsoleSessions(
        access, tenants, store, Clock.systemUTC(), settings.sessionLifetime());
  }

  @Produces
  @ApplicationScoped
  ManageInstance manageInstance(TenantResolver tenants, ProviderRouter router) {
    return new ManageInstance(tenants, router);
  }

  @Produces
  @ApplicationScoped
  ManageMedia manageMedia(TenantResolver tenants, ProviderRouter router) {
    return new ManageMedia(tenants, router);
  }

  @Produces
  @ApplicationScoped
  CallProviderApi callProviderApi(
      TenantResolver tenants, ProviderRouter router, SendRateLimit rateLimit, AuditTrail audit) {
    return new CallProviderApi(tenants, router, rateLimit, audit, Clock.systemUTC());
  }

  @Produces
  @ApplicationScoped
  ManageLabels manageLabels(TenantResolver tenants, ProviderRouter router) {
    return new ManageLabels(tenants, router);
  }

  @Produces
  @ApplicationScoped
  ManageChannel manageChannel(TenantResolver tenants, ProviderRouter router) {
    return new ManageChannel(tenants, router);
  }

  @Produces
  @ApplicationScoped
  ManageChats manageChats(TenantResolver tenants, ProviderRouter router) {
    return new ManageChats(tenants, router);
  }

  @Produces
  @ApplicationScoped
  ManageContacts manageContacts(TenantResolver tenants, ProviderRouter router) {
    return new ManageContacts(tenants, router);
  }

  @Produces
  @ApplicationScoped
  ManagePresence managePresence(TenantResolver tenants, ProviderRouter router) {
    return new ManagePresence(tenants, router);
  }

  @Produces
  @ApplicationScoped
  ManageAccount manageAccount(TenantResolver tenants, ProviderRouter router) {
    return new ManageAccount(tenants, router);
  }

  @Produces
  @ApplicationScoped
  ManageProviderMessages manageProviderMessages(
      TenantResolver tenants, ProviderRouter router, SendRateLimit rateLimit) {
    return new ManageProviderMessages(tenants, router, rateLimit);
  }

  @Produces
  @ApplicationScoped
  DescribeCapabilities describeCapabilities(TenantResolver tenants, ProviderRouter router) {
    return new DescribeCapabilities(tenants, router);
  }
}
