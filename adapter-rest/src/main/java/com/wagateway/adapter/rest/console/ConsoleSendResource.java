package com.wagateway.adapter.rest.console;

import com.wagateway.adapter.rest.messages.TextMessageRequest;
import com.wagateway.application.messaging.MessageReceipt;
import com.wagateway.application.messaging.SendMessage;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Completions;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Try a send: a text through the tenant's provider, exactly as {@code POST .../messages/text} sends
 * it (its request record's validation, the send message use case), with the answer or the problem
 * shown under the form.
 */
@Path("/console/tenants/{tenantId}/send")
@Produces(MediaType.TEXT_HTML)
public class ConsoleSendResource {
  private final ConsoleAccess access;
  private final ConsoleErrors errors;
  private final ConsoleForms forms;
  private final SendMessage sendMessage;

  public ConsoleSendResource(
      ConsoleAccess access, ConsoleErrors errors, ConsoleForms forms, SendMessage sendMessage) {
    this.access = access;
    this.errors = errors;
    this.forms = forms;
    this.sendMessage = sendMessage;
  }

  @GET
  public String form(
      @CookieParam(ConsoleCookies.NAME) String sessionId, @PathParam("tenantId") String tenantId) {
    Visitor visitor = access.visitor(sessionId);
    access.tenant(visitor, tenantId);
    return ConsoleTemplates.send(visitor, tenantId, "", "", null, null).render();
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response send(
      @CookieParam(ConsoleCookies.NAME) String sessionId,
      @PathParam("tenantId") String tenantId,
      @FormParam(ConsoleAccess.CSRF_FIELD) String csrf,
      @HeaderParam(ConsoleAccess.CSRF_HEADER) String csrfHeader,
      @FormParam("to") String to,
      @FormParam("text") String text,
      @Context UriInfo uri) {
    Visitor visitor = access.visitorForChange(sessionId, csrf, csrfHeader);
    TenantId tenant = access.tenant(visitor, tenantId).id();
    try {
      TextMessageRequest request = forms.valid(new TextMessageRequest(to, text, null, null));
      MessageReceipt sent = Completions.join(sendMessage.send(tenant, request.toMessage(), null));
      return page(visitor, tenantId, to, text, sent, null, 200);
    } catch (RuntimeException failure) {
      ProblemView problem = errors.view(failure, uri);
      return page(visitor, tenantId, to, text, null, problem, problem.status());
    }
  }

  private static Response page(
      Visitor visitor,
      String tenantId,
      String to,
      String text,
      MessageReceipt sent,
      ProblemView problem,
      int status) {
    String html = ConsoleTemplates.send(visitor, tenantId, to, text, sent, problem).render();
    return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(html).build();
  }

  @ServerExceptionMapper
  Response failed(Throwable failure, UriInfo uri, HttpHeaders headers) {
    return errors.page(failure, uri, headers);
  }
}
