package com.wagateway.bootstrap;

import com.wagateway.application.admin.ApiKeys;
import com.wagateway.application.admin.TenantAdministration;
import com.wagateway.application.capabilities.DescribeCapabilities;
import com.wagateway.application.instance.ManageInstance;
import com.wagateway.application.messaging.SendMessage;
import com.wagateway.application.messaging.TrackMessages;
import com.wagateway.application.port.AuditTrail;
import com.wagateway.application.port.IdempotencyStore;
import com.wagateway.application.port.InboundEventStore;
import com.wagateway.application.port.MessageLog;
import com.wagateway.application.port.TenantDirectory;
import com.wagateway.application.port.TenantRepository;
import com.wagateway.application.port.UnitOfWork;
import com.wagateway.application.port.WebhookSecrets;
import com.wagateway.application.profile.ManageProfile;
import com.wagateway.application.tenant.AccessControl;
import com.wagateway.application.tenant.ProviderRouter;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.application.webhook.ReceiveWebhook;
import com.wagateway.application.webhook.WebhookEndpoints;
import com.wagateway.domain.model.Secret;
import com.wagateway.domain.port.InstanceStatus;
import com.wagateway.domain.port.MessageSender;
import com.wagateway.domain.port.ProfileConfigurer;
import com.wagateway.domain.port.WebhookNormalizer;
import io.quarkus.arc.All;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Assembles the framework-free application core from the adapters Quarkus discovered. */
@ApplicationScoped
public class ApplicationWiring {

  @Produces
  @ApplicationScoped
  AccessControl accessControl(GatewaySettings settings, TenantDirectory tenants) {
    return new AccessControl(
        settings.adminApiKey().filter(k -> !k.isBlank()).map(Secret::of), tenants);
  }

  /** Built at start-up so a provider missing one of its three ports stops the gateway. */
  @Produces
  @Startup
  @ApplicationScoped
  ProviderRouter providerRouter(
      @All List<MessageSender> senders,
      @All List<ProfileConfigurer> profiles,
      @All List<InstanceStatus> instances) {
    return new ProviderRouter(senders, profiles, instances);
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
      IdempotencyStore idempotency) {
    return new SendMessage(
        tenants, router, messages, idempotency, Clock.systemUTC(), UUID::randomUUID);
  }

  @Produces
  @ApplicationScoped
  ReceiveWebhook receiveWebhook(
      TenantResolver tenants,
      WebhookSecrets secrets,
      @All List<WebhookNormalizer> normalizers,
      InboundEventStore events,
      MessageLog messages,
      UnitOfWork unitOfWork) {
    return new ReceiveWebhook(
        tenants, secrets, normalizers, events, messages, unitOfWork, Clock.systemUTC());
  }

  @Produces
  @ApplicationScoped
  WebhookEndpoints webhookEndpoints(TenantResolver tenants, WebhookSecrets secrets) {
    return new WebhookEndpoints(tenants, secrets);
  }

  @Produces
  @ApplicationScoped
  TrackMessages trackMessages(TenantResolver tenants, MessageLog messages) {
    return new TrackMessages(tenants, messages);
  }

  @Produces
  @ApplicationScoped
  ManageProfile manageProfile(TenantResolver tenants, ProviderRouter router) {
    return new ManageProfile(tenants, router);
  }

  @Produces
  @ApplicationScoped
  ManageInstance manageInstance(TenantResolver tenants, ProviderRouter router) {
    return new ManageInstance(tenants, router);
  }

  @Produces
  @ApplicationScoped
  DescribeCapabilities describeCapabilities(TenantResolver tenants, ProviderRouter router) {
    return new DescribeCapabilities(tenants, router);
  }
}
