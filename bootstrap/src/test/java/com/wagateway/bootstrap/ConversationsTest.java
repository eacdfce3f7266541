package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
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
