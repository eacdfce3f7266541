package com.wagateway.application.tenant;

import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.ConversationActions;
import com.wagateway.domain.port.InstanceStatus;
import com.wagateway.domain.port.MediaStore;
import com.wagateway.domain.port.MessageSender;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.port.ProfileConfigurer;
import com.wagateway.domain.port.ProviderPort;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Picks, on every call, the port implementation bound to the tenant's provider, and refuses an
 * operation that provider does not support before anything is sent. Every provider must bring all
 * five ports; a missing one fails at start-up, not on the first request.
 */
public final class ProviderRouter {
  private final Map<ProviderId, MessageSender> senders;
  private final Map<ProviderId, ProfileConfigurer> profiles;
  private final Map<ProviderId, InstanceStatus> instances;
  private final Map<ProviderId, MediaStore> media;
  private final Map<ProviderId, ConversationActions> conversations;

  public ProviderRouter(
      Collection<MessageSender> senders,
      Collection<ProfileConfigurer> profiles,
      Collection<InstanceStatus> instances,
      Collection<MediaStore> media,
      Collection<ConversationActions> conversations) {
    this.senders = byProvider(senders, "MessageSender");
    this.profiles = byProvider(profiles, "ProfileConfigurer");
    this.instances = byProvider(instances, "InstanceStatus");
    this.media = byProvider(media, "MediaStore");
    this.conversations = byProvider(conversations, "ConversationActions");
  }

  private static <P extends ProviderPort> Map<ProviderId, P> byProvider(
      Collection<P> ports, String portName) {
    Map<ProviderId, P> map = new EnumMap<>(ProviderId.class);
    for (P port : ports) {
      if (map.put(port.provider(), port) != null) {
        throw new IllegalStateException(
            "Two " + portName + " implementations for " + port.provider());
      }
    }
    for (ProviderId provider : ProviderId.values()) {
      if (!map.containsKey(provider)) {
        throw new IllegalStateException("No " + portName + " implementation for " + provider.key());
      }
    }
    return map;
  }

  public MessageSender sender(ProviderAccount account, Operation operation) {
    return require(senders.get(account.provider()), account, operation);
  }

  public ProfileConfigurer profile(ProviderAccount account, Operation operation) {
    return require(profiles.get(account.provider()), account, operation);
  }

  public InstanceStatus instance(ProviderAccount account, Operation operation) {
    return require(instances.get(account.provider()), account, operation);
  }

  public MediaStore media(ProviderAccount account, Operation operation) {
    return require(media.get(account.provider()), account, operation);
  }

  public ConversationActions conversations(ProviderAccount account, Operation operation) {
    return require(conversations.get(account.provider()), account, operation);
  }

  /**
   * The sender that marks incoming messages read for a provider whose auto-read the gateway
   * emulates; empty when the provider has a setting of its own.
   */
  public Optional<MessageSender> readMarker(ProviderId provider) {
    return profiles.get(provider).emulatesAutoRead()
        ? Optional.of(senders.get(provider))
        : Optional.empty();
  }

  /** Everything the provider can do, across its four ports. */
  public Set<Operation> supportedOperations(ProviderId provider) {
    Set<Operation> all = EnumSet.noneOf(Operation.class);
    all.addAll(senders.get(provider).supportedOperations());
    all.addAll(profiles.get(provider).supportedOperations());
    all.addAll(instances.get(provider).supportedOperations());
    all.addAll(media.get(provider).supportedOperations());
    all.addAll(conversations.get(provider).supportedOperations());
    return all;
  }

  private static <P extends ProviderPort> P require(
      P port, ProviderAccount account, Operation operation) {
    if (!port.supportedOperations().contains(operation)) {
      throw new CapabilityNotSupportedException(account.tenantId(), account.provider(), operation);
    }
    return port;
  }
}
