package com.wagateway.bootstrap.resilience;

import com.wagateway.domain.port.ConversationActions;
import com.wagateway.domain.port.InstanceStatus;
import com.wagateway.domain.port.MediaStore;
import com.wagateway.domain.port.MessageSender;
import com.wagateway.domain.port.ProfileConfigurer;
import com.wagateway.domain.port.ProviderPort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Puts every provider port the adapters bring behind {@link ProviderGuards}. */
@ApplicationScoped
public class GuardedProviders {
  private final ProviderGuards guards;
  private final GatewayMetrics metrics;

  GuardedProviders(ProviderGuards guards, GatewayMetrics metrics) {
    this.guards = guards;
    this.metrics = metrics;
  }

  public List<MessageSender> senders(List<MessageSender> senders) {
    return senders.stream()
        .<MessageSender>map(s -> new GuardedMessageSender(s, guards, metrics))
        .toList();
  }

  public List<ProfileConfigurer> profiles(List<ProfileConfigurer> profiles) {
    return profiles.stream()
        .<ProfileConfigurer>map(p -> new GuardedProfileConfigurer(p, guards))
        .toList();
  }

  public List<ConversationActions> conversations(List<ConversationActions> conversations) {
    return conversations.stream()
        .<ConversationActions>map(c -> new GuardedConversationActions(c, guards))
        .toList();
  }

  public List<InstanceStatus> instances(List<InstanceStatus> instances) {
    return instances.stream()
        .<InstanceStatus>map(i -> new GuardedInstanceStatus(i, guards))
        .toList();
  }

  public List<MediaStore> media(List<MediaStore> stores) {
    return stores.stream().<MediaStore>map(m -> new GuardedMediaStore(m, guards)).toList();
  }

  /**
   * Any blocking port (its methods return values, not stages) behind the guards, without a class of
   * its own: see {@link GuardedProxy}.
   */
  public <P extends ProviderPort> List<P> ports(Class<P> type, List<P> ports) {
    return ports.stream().map(port -> GuardedProxy.guard(type, port, guards)).toList();
  }
}
