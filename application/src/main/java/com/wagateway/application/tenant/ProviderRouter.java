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
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Picks, on every call, the port implementation bound to the tenant's provider, and refuses an
 * operation that provider does not support before anything is sent. Every provider must bring every
 * registered port; a missing one fails at start-up, not on the first request.
 *
 * <p>Ports are registered by type ({@link Ports}), so a new family of operations is one more
 * registration, and {@link #port} serves it like the named accessors serve the first five.
 */
public final class ProviderRouter {
  private final Map<Class<? extends ProviderPort>, Map<ProviderId, ProviderPort>> ports;

  public ProviderRouter(
      Collection<MessageSender> senders,
      Collection<ProfileConfigurer> profiles,
      Collection<InstanceStatus> instances,
      Collection<MediaStore> media,
      Collection<ConversationActions> conversations) {
    this(
        new Ports()
            .add(MessageSender.class, senders)
            .add(ProfileConfigurer.class, profiles)
            .add(InstanceStatus.class, instances)
            .add(MediaStore.class, media)
            .add(ConversationActions.class, conversations));
  }

  public ProviderRouter(Ports registered) {
    Map<Class<? extends ProviderPort>, Map<ProviderId, ProviderPort>> byType =
        new LinkedHashMap<>();
    registered.byType.forEach((type, list) -> byType.put(type, byProvider(list, type)));
    this.ports = Map.copyOf(byType);
  }

  /** The port implementations the adapters bring, by port type; registration order is kept. */
  public static final class Ports {
    private final Map<Class<? extends ProviderPort>, List<ProviderPort>> byType =
        new LinkedHashMap<>();

    public <P extends ProviderPort> Ports add(Class<P> type, Collection<? extends P> impls) {
      byType.computeIfAbsent(type, t -> new ArrayList<>()).addAll(impls);
      return this;
    }
  }

  private static Map<ProviderId, ProviderPort> byProvider(
      Collection<ProviderPort> ports, Class<? extends ProviderPort> type) {
    String portName = type.getSimpleName();
    Map<ProviderId, ProviderPort> map = new EnumMap<>(ProviderId.class);
    for (ProviderPort port : ports) {
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

  /**
   * The tenant's provider's implementation of {@code type}, when it supports {@code operation}.
   *
   * @throws CapabilityNotSupportedException when it does not
   */
  public <P extends ProviderPort> P port(
      Class<P> type, ProviderAccount account, Operation operation) {
    return require(type.cast(registered(type).get(account.provider())), account, operation);
  }

  private Map<ProviderId, ProviderPort> registered(Class<? extends ProviderPort> type) {
    Map<ProviderId, ProviderPort> implementations = ports.get(type);
    if (implementations == null) {
      throw new IllegalStateException("No port of type " + type.getSimpleName() + " registered");
    }
    return implementations;
  }

  public MessageSender sender(ProviderAccount account, Operation operation) {
    return port(MessageSender.class, account, operation);
  }

  public ProfileConfigurer profile(ProviderAccount account, Operation operation) {
    return port(ProfileConfigurer.class, account, operation);
  }

  public InstanceStatus instance(ProviderAccount account, Operation operation) {
    return port(InstanceStatus.class, account, operation);
  }

  public MediaStore media(ProviderAccount account, Operation operation) {
    return port(MediaStore.class, account, operation);
  }

  public ConversationActions conversations(ProviderAccount account, Operation operation) {
    return port(ConversationActions.class, account, operation);
  }

  /**
   * The sender that marks incoming messages read for a provider whose auto-read the gateway
   * emulates; empty when the provider has a setting of its own.
   */
  public Optional<MessageSender> readMarker(ProviderId provider) {
    ProfileConfigurer profile =
        (ProfileConfigurer) registered(ProfileConfigurer.class).get(provider);
    return profile.emulatesAutoRead()
        ? Optional.of((MessageSender) registered(MessageSender.class).get(provider))
        : Optional.empty();
  }

  /** Everything the provider can do, across all its ports. */
  public Set<Operation> supportedOperations(ProviderId provider) {
    Set<Operation> all = EnumSet.noneOf(Operation.class);
    ports
        .values()
        .forEach(byProvider -> all.addAll(byProvider.get(provider).supportedOperations()));
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
