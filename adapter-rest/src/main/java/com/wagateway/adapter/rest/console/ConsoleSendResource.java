package com.wagateway.adapter.rest.console;

import com.wagateway.adapter.rest.messages.TextMessageRequest;
import com.wagateway.application.messaging.MessageReceipt;
import com.wagateway.application.messaging.SendMessage;
import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Completions;
import jakarta.validation.constraints.Size;
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
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Try a send: a text through the tenant's provider, exactly as {@code POST .../messages/text} sends
 * it (its request record's validation, the send message use case), with the answer or the problem
 * shown under the form.
 *
 * <p>Each form carries its own Idempotency-Key, as an API caller would send it: a form submitted
 * twice (a double click, a reload) sends once, and after a failure that may have sent the message
 * "Send" again is the retry with the same key the problem speaks of. A success, or a key refused
 * for another message, gives the next form a new key.
 */
@Path("/console/tenants/{tenantId}/send")
@Produces(MediaType.TEXT_HTML)
public class ConsoleSendResource {
  static final String KEY_FIELD = "idempotencyKey";
  private static final String KEY_REUSED = ErrorCode.IDEMPOTENCY_KEY_REUSED.name();

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
    return ConsoleTemplates.send(visitor, tenantId, "", "", newKey(), null, null).render();
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
      @FormParam(KEY_FIELD) @Size(min = 1, max = 255) String idempotencyKey,
      @Context UriInfo uri) {
    Visitor visitor = access.visitorForChange(sessionId, csrf, csrfHeader);
    TenantId tenant = access.tenant(visitor, tenantId).id();
    try {
      TextMessageRequest request = forms.valid(new TextMessageRequest(to, text, null, null));
      MessageReceipt sent =
          Completions.join(sendMessage.send(tenant, request.toMessage(), idempotencyKey));
      return page(visitor, tenantId, to, text, newKey(), sent, null, 200);
    } catch (RuntimeException failure) {
      ProblemView problem = errors.view(failure, uri);
      String next = KEY_REUSED.equals(problem.code()) ? newKey() : idempotencyKey;
      return page(visitor, tenantId, to, text, next, null, problem, problem.status());
    }
  }

  private static String newKey() {
    return "console-" + UUID.randomUUID();
  }

  private static Response page(
      Visitor visitor,
      String tenantId,
      String to,
      String text,
      String idempotencyKey,
      MessageReceipt sent,
      ProblemView problem,
      int status) {
    String html =
        ConsoleTemplates.send(visitor, tenantId, to, text, idempotencyKey, sent, problem).render();
    return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(html).build();
  }

  @ServerExceptionMapper
  Response failed(Throwable failure, UriInfo uri, HttpHeaders headers) {
    return errors.page(failure, uri, headers);
  }
}
