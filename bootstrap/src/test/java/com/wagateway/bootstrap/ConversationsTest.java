package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Conversations end to end: what a tenant sent and what Whapi's webhooks brought in, read back as
 * messages in both directions, as chats with unread counts, and as one chat's messages.
 */
@QuarkusTest
class ConversationsTest extends GatewayTest {
  private static final String SENT =
      "{\"sent\": true, \"message\": {\"id\": \"wamid-conv\", \"type\": \"text\", \"status\":"
          + " \"sent\", \"from_me\": true, \"chat_id\": \"573001234567@s.whatsapp.net\","
          + " \"timestamp\": 1732300000}}";
  private static final String ANA = "573001234567@s.whatsapp.net";
  private static final String GROUP = "120363025246125486@g.us";

  /** A fresh Whapi tenant that received an image from Ana and a text in a group; its key. */
  private static String tenantWithTraffic(String id) {
    String key = AdminApi.createOnWhapi(id, "whapi-token-not-real-" + id);
    ProviderWebhooks.whapiDelivers(id, WhapiFixtures.read("inbound/image.json"));
    ProviderWebhooks.whapiDelivers(id, WhapiFixtures.read("inbound/text-reply-in-group.json"));
    return key;
  }

  private static void sendsText(String key, String tenant, String to) {
    providers().stubFor(post("/messages/text").willReturn(okJson(SENT)));
    as(key)
        .body("{\"to\": \"" + to + "\", \"text\": \"Got it\"}")
        .post("/v1/tenants/" + tenant + "/messages/text")
        .then()
        .statusCode(200);
  }

  @Test
  void listsReceivedMessagesBesideSentOnesNewestFirst() {
    String id = AdminApi.freshId("conv");
    String key = tenantWithTraffic(id);
    sendsText(key, id, "+57 300 123 4567");

    as(key)
        .get("/v1/tenants/" + id + "/messages")
        .then()
        .statusCode(200)
        .body("items", hasSize(3))
        .body("items[0].direction", equalTo("out"))
        .body("items[0].chatId", equalTo(ANA))
        .body("items[0].to", equalTo("573001234567"))
        .body("items[0].history", hasSize(2))
        .body("items.direction", contains("out", "in", "in"));

    as(key)
        .get("/v1/tenants/" + id + "/messages?direction=in&type=image")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].providerMessageId", equalTo("Ps2Img9yK9.abc-wQ7nX2yZb1"))
        .body("items[0].from", equalTo("573001234567"))
        .body("items[0].fromName", equalTo("Ana"))
        .body("items[0].text", equalTo("The invoice"))
        .body("items[0].mediaId", equalTo("jpeg-a1b2c3d4-e5f6"))
        .body("items[0].status", nullValue());
  }

  @Test
  void listsChatsWithTheirLastMessageAndUnreadCount() {
    String id = AdminApi.freshId("conv");
    String key = tenantWithTraffic(id);

    as(key)
        .get("/v1/tenants/" + id + "/chats")
        .then()
        .statusCode(200)
        .body("items.chatId", contains(ANA, GROUP))
        .body("items[0].kind", equalTo("direct"))
        .body("items[0].unread", equalTo(1))
        .body("items[0].lastMessage.type", equalTo("image"))
        .body("items[1].kind", equalTo("group"))
        .body("items[1].lastMessage.text", equalTo("@573009998877 yes, at 5"));

    sendsText(key, id, ANA);

    as(key)
        .get("/v1/tenants/" + id + "/chats")
        .then()
        .statusCode(200)
        .body("items[0].chatId", equalTo(ANA))
        .body("items[0].unread", equalTo(0))
        .body("items[0].lastMessage.direction", equalTo("out"));
  }

  @Test
  void readsOneConversationByChatIdOrPhone() {
    String id = AdminApi.freshId("conv");
    String key = tenantWithTraffic(id);
    sendsText(key, id, GROUP);

    as(key)
        .get("/v1/tenants/" + id + "/chats/" + GROUP + "/messages")
        .then()
        .statusCode(200)
        .body("items.direction", contains("out", "in"))
        .body("items[1].from", equalTo("573009998877"));
    as(key)
        .get("/v1/tenants/" + id + "/chats/+573001234567/messages")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].type", equalTo("image"));
  }

  @Test
  void anEditAndADeletionShowInTheConversation() {
    String id = AdminApi.freshId("conv");
    String key = AdminApi.createOnWhapi(id, "whapi-token-not-real-" + id);
    ProviderWebhooks.whapiDelivers(id, WhapiFixtures.read("inbound/text-reply-in-group.json"));
    ProviderWebhooks.whapiDelivers(id, WhapiFixtures.read("inbound/action-edit.json"));

    as(key)
        .get("/v1/tenants/" + id + "/chats/" + GROUP + "/messages")
        .then()
        .body("items[0].text", equalTo("yes, at 6"))
        .body("items[0].edited", equalTo(true));

    ProviderWebhooks.whapiDelivers(id, WhapiFixtures.read("inbound/action-delete.json"));

    as(key)
        .get("/v1/tenants/" + id + "/chats/" + GROUP + "/messages")
        .then()
        .body("items[0].text", nullValue())
        .body("items[0].deleted", equalTo(true));
  }

  @Test
  void anApiWhatsAppWebTenantHasAHistoryThoughItsProviderKeepsNone() {
    String id = AdminApi.freshId("conv-aw");
    String key =
        AdminApi.create(AdminApi.awwwBody(id, "awww-key-not-real-" + id, "inst"))
            .getString("apiKey");
    ProviderWebhooks.toApiWhatsAppWeb(
            id,
            "{\"messageId\": \"3EB0CONV01\", \"number\": \"573001234567\","
                + " \"message\": \"Hola\", \"type\": \"text\", \"pushName\": \"Ana\"}")
        .statusCode(200);

    as(key)
        .get("/v1/tenants/" + id + "/chats")
        .then()
        .statusCode(200)
        .body("items.chatId", contains(ANA))
        .body("items[0].unread", equalTo(1))
        .body("items[0].lastMessage.text", equalTo("Hola"))
        .body("items[0].lastMessage.provider", equalTo("apiwhatsappweb"));
  }

  @Test
  void markingAChatReadTellsWhapiAndClearsTheUnreadCount() {
    String id = AdminApi.freshId("conv");
    String key = tenantWithTraffic(id);
    providers()
        .stubFor(patch(urlPathMatching("/chats/.*")).willReturn(okJson("{\"success\": true}")));

    as(key).post("/v1/tenants/" + id + "/chats/+573001234567/read").then().statusCode(204);

    providers()
        .verify(
            patchRequestedFor(urlEqualTo("/chats/" + ANA))
                .withRequestBody(equalToJson("{\"mark_unread\": false}")));
    as(key).get("/v1/tenants/" + id + "/chats").then().body("items[0].unread", equalTo(0));
  }

  @Test
  void markingOneReceivedMessageReadUsesItsProviderId() {
    String id = AdminApi.freshId("conv");
    String key = tenantWithTraffic(id);
    providers()
        .stubFor(put(urlPathMatching("/messages/.*")).willReturn(okJson("{\"success\": true}")));
    String messageId =
        as(key)
            .get("/v1/tenants/" + id + "/messages?type=image")
            .then()
            .extract()
            .path("items[0].id");

    as(key).post("/v1/tenants/" + id + "/messages/" + messageId + "/read").then().statusCode(204);

    providers().verify(putRequestedFor(urlEqualTo("/messages/Ps2Img9yK9.abc-wQ7nX2yZb1")));
    as(key).get("/v1/tenants/" + id + "/chats").then().body("items[0].unread", equalTo(0));
    as(key).post("/v1/tenants/" + id + "/messages/unknown-id/read").then().statusCode(404);
  }

  @Test
  void showsTypingAndChecksNumbersThroughWhapi() {
    providers()
        .stubFor(put(urlPathMatching("/presences/.*")).willReturn(okJson("{\"success\": true}")));
    providers()
        .stubFor(
            post("/contacts")
                .willReturn(
                    okJson(
                        "{\"contacts\": [{\"input\": \"573001234567\", \"status\": \"valid\","
                            + " \"wa_id\": \"573001234567\"}]}")));

    asWhapiTenant()
        .body("{\"presence\": \"typing\", \"seconds\": 5}")
        .put(whapi("/chats/" + ANA + "/presence"))
        .then()
        .statusCode(204);
    asWhapiTenant()
        .body("{\"phones\": [\"+57 300 123 4567\", \"+1 555 010 0199\"]}")
        .post(whapi("/contacts/check"))
        .then()
        .statusCode(200)
        .body("results[0].onWhatsApp", equalTo(true))
        .body("results[0].chatId", equalTo(ANA))
        .body("results[1].input", equalTo("15550100199"))
        .body("results[1].onWhatsApp", equalTo(false));

    providers()
        .verify(
            putRequestedFor(urlEqualTo("/presences/" + ANA))
                .withRequestBody(equalToJson("{\"presence\": \"typing\", \"delay\": 5}")));
  }

  @Test
  void deletesASentMessageForEveryone() {
    String id = AdminApi.freshId("conv");
    String key = AdminApi.createOnWhapi(id, "whapi-token-not-real-" + id);
    sendsText(key, id, ANA);
    providers()
        .stubFor(delete(urlPathMatching("/messages/.*")).willReturn(okJson("{\"success\": true}")));
    String messageId =
        as(key)
            .get("/v1/tenants/" + id + "/messages?direction=out")
            .then()
            .extract()
            .path("items[0].id");

    as(key).delete("/v1/tenants/" + id + "/messages/" + messageId).then().statusCode(204);

    providers().verify(deleteRequestedFor(urlEqualTo("/messages/wamid-conv")));
    as(key).delete("/v1/tenants/" + id + "/messages/unknown").then().statusCode(404);
  }

  @Test
  void anApiWhatsAppWebTenantGets501ForEveryActionBeforeAnyProviderCall() {
    asAwwwTenant()
        .post(awww("/chats/" + ANA + "/read"))
        .then()
        .statusCode(501)
        .body("code", equalTo("CAPABILITY_NOT_SUPPORTED"));
    asAwwwTenant()
        .body("{\"presence\": \"typing\"}")
        .put(awww("/chats/" + ANA + "/presence"))
        .then()
        .statusCode(501);
    asAwwwTenant()
        .body("{\"phones\": [\"+57 300 123 4567\"]}")
        .post(awww("/contacts/check"))
        .then()
        .statusCode(501);
    assertThat(providers().getAllServeEvents()).isEmpty();
  }

  @Test
  void refusesBadActionBodiesWithProblems() {
    asWhapiTenant()
        .body("{\"presence\": \"dancing\", \"seconds\": 500}")
        .put(whapi("/chats/" + ANA + "/presence"))
        .then()
        .statusCode(400)
        .body("violations.field", hasItems("presence", "seconds"));
    asWhapiTenant()
        .body("{\"phones\": [\"call me\"]}")
        .post(whapi("/contacts/check"))
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("phones"));
    asWhapiTenant().body("{}").post(whapi("/contacts/check")).then().statusCode(400);
  }

  @Test
  void refusesBadFiltersWithAProblemNamingThem() {
    as(ProviderStubs.WHAPI_KEY)
        .get(whapi("/messages?direction=sideways"))
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("violations[0].field", equalTo("direction"));
    as(ProviderStubs.WHAPI_KEY)
        .get(whapi("/messages?type=hologram"))
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("type"));
    as(ProviderStubs.WHAPI_KEY)
        .get(whapi("/chats?cursor=not-a-cursor"))
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("cursor"));
    as(ProviderStubs.WHAPI_KEY)
        .get(whapi("/chats/not-a-phone/messages"))
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("chatId"));
  }

  @Test
  void anotherTenantsKeyCannotReadTheConversations() {
    as(ProviderStubs.AWWW_KEY).get(whapi("/chats")).then().statusCode(403);
    as(ProviderStubs.AWWW_KEY).get(whapi("/chats/" + ANA + "/messages")).then().statusCode(403);
  }
}
