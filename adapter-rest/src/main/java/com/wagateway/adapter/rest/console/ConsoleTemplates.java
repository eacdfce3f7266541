package com.wagateway.adapter.rest.console;

import com.wagateway.application.admin.AuditEvent;
import com.wagateway.application.messaging.MessageReceipt;
import com.wagateway.application.outbound.Delivery;
import com.wagateway.application.outbound.Subscription;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/**
 * The console's pages and fragments ({@code templates/console/*.html}), checked at build time
 * against these parameters.
 */
@CheckedTemplate(basePath = "console")
final class ConsoleTemplates {
  private ConsoleTemplates() {}

  static native TemplateInstance signIn(String error);

  static native TemplateInstance tenants(Visitor visitor, List<TenantRow> tenants, String next);

  /** The live state of one tenant, polled by the tenants page. */
  static native TemplateInstance state(String tenantId, String state, String providerState);

  static native TemplateInstance link(Visitor visitor, String tenantId, LinkState link);

  /** The QR code or "connected", polled by the link page. */
  static native TemplateInstance linkState(String tenantId, LinkState link);

  /** Try a send: the form, and the receipt or the problem of the last send. */
  static native TemplateInstance send(
      Visitor visitor,
      String tenantId,
      String to,
      String text,
      String idempotencyKey,
      MessageReceipt sent,
      ProblemView problem);

  /**
   * A tenant's activity: the glance, recent messages, subscriptions and deliveries, and the audit
   * trail ({@code null} unless the visitor is the admin).
   */
  static native TemplateInstance activity(
      Visitor visitor,
      String tenantId,
      Glance glance,
      String glanceJson,
      List<MessageRow> messages,
      List<Subscription> subscriptions,
      DeliveriesView deliveries,
      List<AuditEvent> audit);

  /** The activity page's deliveries section, reloaded while one is pending. */
  static native TemplateInstance deliveries(String tenantId, DeliveriesView deliveries);

  /** One delivery's attempts, shown under its row. */
  static native TemplateInstance attempts(Delivery delivery);

  static native TemplateInstance newTenant(Visitor visitor, String id, ProblemView problem);

  static native TemplateInstance provider(
      Visitor visitor, String tenantId, String current, ProblemView problem);

  /** The one page that shows a tenant's new API key. */
  static native TemplateInstance issuedKey(
      Visitor visitor, String tenantId, String provider, String apiKey, String how);

  static native TemplateInstance error(Visitor visitor, ProblemView problem);

  /** A problem inside a page, where a fragment was asked for. */
  static native TemplateInstance problem(ProblemView problem);
}
