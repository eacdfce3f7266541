package com.wagateway.adapter.apiwhatsappweb;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.wagateway.adapter.apiwhatsappweb.ProviderStub.ACCOUNT;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.wagateway.domain.message.MessageContent;
import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.message.Recipient;
import com.wagateway.domain.port.Completions;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The id of the gateway request being handled travels to API WhatsApp Web as X-Request-Id. */
@QuarkusTest
@WithTestResource(WireMockResource.class)
class ApiWhatsAppWebRequestIdTest {
  private static final OutboundMessage HELLO =
      new OutboundMessage(
          Recipient.parse("573001234567"), new MessageContent.Text("Hello", null, null));

  @InjectWireMock WireMockServer server;
  @Inject ApiWhatsAppWebMessageSender sender;

  @BeforeEach
  void acceptSends() {
    new ProviderStub(server).acceptsSends("/api/text");
  }

  @AfterEach
  void leaveNoId() {
    MDC.remove("requestId");
  }

  @Test
  void sendsTheCurrentRequestId() {
    MDC.put("requestId", "req-awww-1");

    Completions.join(sender.send(ACCOUNT, HELLO));

    server.verify(
        postRequestedFor(urlEqualTo("/api/text"))
            .withHeader("X-Request-Id", equalTo("req-awww-1")));
  }

  @Test
  void sendsNoIdOutsideARequest() {
    Completions.join(sender.send(ACCOUNT, HELLO));

    server.verify(postRequestedFor(urlEqualTo("/api/text")).withHeader("X-Request-Id", absent()));
  }
}
