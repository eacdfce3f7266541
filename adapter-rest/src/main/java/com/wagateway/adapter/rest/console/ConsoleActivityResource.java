package com.wagateway.adapter.rest.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wagateway.application.admin.AuditEvent;
import com.wagateway.application.admin.TenantAdministration;
import com.wagateway.application.conversation.ConversationQuery;
import com.wagateway.application.conversation.ReadConversations;
import com.wagateway.application.messaging.SendActivity;
import com.wagateway.application.outbound.DeliveryQuery;
import com.wagateway.application.outbound.ManageSubscriptions;
import com.wagateway.domain.model.TenantId;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A tenant's activity: sends per minute over the last hour, its recent messages in both directions
 * with their status histories, its subscriptions and their deliveries (attempts, replay), and, for
 * the admin, the tenant's audit trail. Each read and the replay go through the API's use cases and
 * access control.
 */
@Path("/console/tenants/{tenantId}/activity")
@Produces(MediaType.TEXT_HTML)
public class ConsoleActivityResource {
  /** How many messages, deliveries and audit events the page lists, newest first. */
  static final int RECENT = 20;

  private final ConsoleAccess access;
  private final ConsoleErrors errors;
  private final SendActivity sends;
  private final ReadConversations conversations;
  private final ManageSubscriptions subscriptions;
  private final TenantAdministration administration;
  private final ObjectMapper json;

  public ConsoleActivityResource(
      ConsoleAccess access,
      ConsoleErrors errors,
      SendActivity sends,
      ReadConversations conversations,
      ManageSubscriptions subscriptions,
      TenantAdministration administration,
      ObjectMapper json) {
    this.access = access;
    this.errors = errors;
    this.sends = sends;
    this.conversations = conversations;
    this.subscriptions = subscriptions;
    this.administration = administration;
    this.json = json;
  }

  @GET
  public String page(
      @CookieParam(ConsoleCookies.NAME) String sessionId, @PathParam("tenantId") String tenantId) {
    Visitor visitor = access.visitor(sessionId);
    TenantId id = access.tenant(visitor, tenantId).id();
    List<MessageRow> messages =
        conversations.messages(id, ConversationQuery.ANY, null, RECENT).items().stream()
            .map(MessageRow::of)
            .toList();
    List<AuditEvent> audit =
        visitor.isAdmin() ? administration.auditTrail(id, null, RECENT).items() : null;
    Glance glance = Glance.of(sends.lastHour(id));
    return ConsoleTemplates.activity(
            visitor,
            tenantId,
            glance,
            asJson(glance),
            messages,
            subscriptions.list(id),
            deliveries(id, null),
            audit)
        .render();
  }

  /** The page carries its glance as JSON too, so glance.js draws it without asking again. */
  private String asJson(Glance glance) {
    try {
      return json.writeValueAsString(glance);
    } catch (JsonProcessingException unwritable) {
      throw new IllegalStateException("The glance could not be written as JSON", unwritable);
    }
  }

  /** The chart's data, fetched by glance.js every minute after the page opened. */
  @GET
  @Path("/glance")
  @Produces(MediaType.APPLICATION_JSON)
  public Glance glance(
      @CookieParam(ConsoleCookies.NAME) String sessionId, @PathParam("tenantId") String tenantId) {
    return Glance.of(sends.lastHour(access.tenant(access.visitor(sessionId), tenantId).id()));
  }

  /** The deliveries section alone, which reloads itself while a delivery is pending. */
  @GET
  @Path("/deliveries")
  public String deliveries(
      @CookieParam(ConsoleCookies.NAME) String sessionId, @PathParam("tenantId") String tenantId) {
    TenantId id = access.tenant(access.visitor(sessionId), tenantId).id();
    return ConsoleTemplates.deliveries(tenantId, deliveries(id, null)).render();
  }

  private DeliveriesView deliveries(TenantId id, String replayed) {
    return new DeliveriesView(
        subscriptions.deliveries(id, DeliveryQuery.ANY, null, RECENT).items(), replayed);
  }

  /** One delivery's attempts, opened under its row. */
  @GET
  @Path("/deliveries/{deliveryId}/attempts")
  public String attempts(
      @CookieParam(ConsoleCookies.NAME) String sessionId,
      @PathParam("tenantId") String tenantId,
      @PathParam("deliveryId") String deliveryId) {
    TenantId id = access.tenant(access.visitor(sessionId), tenantId).id();
    return ConsoleTemplates.attempts(subscriptions.delivery(id, deliveryId)).render();
  }

  /** Delivers the event once more, with the same webhook id; answers the deliveries section. */
  @POST
  @Path("/deliveries/{deliveryId}/replay")
  public String replay(
      @CookieParam(ConsoleCookies.NAME) String sessionId,
      @PathParam("tenantId") String tenantId,
      @PathParam("deliveryId") String deliveryId,
      @FormParam(ConsoleAccess.CSRF_FIELD) String csrf,
      @HeaderParam(ConsoleAccess.CSRF_HEADER) String csrfHeader) {
    Visitor visitor = access.visitorForChange(sessionId, csrf, csrfHeader);
    TenantId id = access.tenant(visitor, tenantId).id();
    subscriptions.replay(id, deliveryId);
    return ConsoleTemplates.deliveries(tenantId, deliveries(id, deliveryId)).render();
  }

  @ServerExceptionMapper
  Response failed(Throwable failure, UriInfo uri, HttpHeaders headers) {
    return errors.page(failure, uri, headers);
  }
}
