package com.wagateway.adapter.rest.console;

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

  static native TemplateInstance error(Visitor visitor, ProblemView problem);

  /** A problem inside a page, where a fragment was asked for. */
  static native TemplateInstance problem(ProblemView problem);
}
