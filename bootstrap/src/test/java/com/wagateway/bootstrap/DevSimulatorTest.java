package com.wagateway.bootstrap;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.common.SingleRootFileSource;
import com.github.tomakehurst.wiremock.standalone.JsonFileMappingsSource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The provider simulator that dev mode starts (bootstrap/src/dev/wiremock) really lets a newcomer
 * send through either provider: its stubs are loaded into the test stub and used end to end.
 */
@QuarkusTest
class DevSimulatorTest extends GatewayTest {

  @BeforeEach
  void loadTheDevSimulator() {
    providers()
        .loadMappingsUsing(
            new JsonFileMappingsSource(
                new SingleRootFileSource("src/dev/wiremock/mappings"), null));
  }

  @Test
  void sendsTextThroughBothSimulatedProviders() {
    asWhapiTenant()
        .body("{\"to\": \"+573001234567\", \"text\": \"Hello\"}")
        .post(whapi("/messages/text"))
        .then()
        .statusCode(200)
        .body("providerMessageId", notNullValue());
    asAwwwTenant()
        .body("{\"to\": \"+573001234567\", \"text\": \"Hola\"}")
        .post(awww("/messages/text"))
        .then()
        .statusCode(200)
        .body("providerMessageId", notNullValue());
  }

  @Test
  void sendsAnImageThroughBothSimulatedProviders() {
    String image =
        "{\"to\": \"+573001234567\", \"media\": {\"url\": \"https://cdn.example.com/a.jpg\"}}";
    asWhapiTenant().body(image).post(whapi("/messages/image")).then().statusCode(200);
    asAwwwTenant().body(image).post(awww("/messages/image")).then().statusCode(200);
  }

  @Test
  void sendsTheLaterTypesThroughTheSimulatedWhapi() {
    asWhapiTenant()
        .body(
            "{\"to\": \"+573001234567\", \"contacts\": [{\"name\": \"Ana\","
                + " \"phone\": \"+573109876543\"}]}")
        .post(whapi("/messages/contact-list"))
        .then()
        .statusCode(200)
        .body("providerMessageId", notNullValue());
    asWhapiTenant()
        .body(
            "{\"to\": \"120363012345678901@g.us\", \"title\": \"Opening\","
                + " \"startTime\": \"2026-12-05T18:00:00Z\"}")
        .post(whapi("/messages/event"))
        .then()
        .statusCode(200)
        .body("status", equalTo("SENT"));
  }

  @Test
  void uploadsAndDownloadsTheDemoFileOnTheSimulatedWhapi() {
    String mediaId =
        asWhapiTenant()
            .contentType("image/png")
            .body(new byte[] {(byte) 0x89, 'P', 'N', 'G'})
            .post(whapi("/media"))
            .then()
            .statusCode(201)
            .extract()
            .path("mediaId");

    asWhapiTenant()
        .get(whapi("/media/" + mediaId))
        .then()
        .statusCode(200)
        .contentType("image/png")
        .header("Content-Length", "70");
    asWhapiTenant().get(whapi("/media/png-0000")).then().statusCode(404);
  }

  @Test
  void listsDeletesAndLabelsOnTheSimulatedWhapi() {
    asWhapiTenant()
        .get(whapi("/media"))
        .then()
        .statusCode(200)
        .body("items[0].mediaId", equalTo("png-5e1f0a3c-0d1e-4c7a"));
    asWhapiTenant().delete(whapi("/media/png-5e1f0a3c-0d1e-4c7a")).then().statusCode(204);
    asWhapiTenant().get(whapi("/labels")).then().statusCode(200).body("items.size()", equalTo(2));
    asWhapiTenant()
        .body("{\"labelId\": \"9\", \"name\": \"Paid\", \"color\": \"limegreen\"}")
        .post(whapi("/labels"))
        .then()
        .statusCode(201);
    asWhapiTenant()
        .get(whapi("/labels/7"))
        .then()
        .statusCode(200)
        .body("messages[0].providerMessageId", equalTo("PsobWy36679._7w-wKmB9tMeGQ"));
    asWhapiTenant()
        .put(whapi("/labels/7/chats/573001234567@s.whatsapp.net"))
        .then()
        .statusCode(204);
    asWhapiTenant()
        .delete(whapi("/labels/7/messages/PsobWy36679._7w-wKmB9tMeGQ"))
        .then()
        .statusCode(204);
  }

  @Test
  void answersEveryChannelOperationOnTheSimulatedWhapi() {
    asWhapiTenant()
        .get(whapi("/channel/limits"))
        .then()
        .statusCode(200)
        .body("limited", equalTo(true))
        .body("messages", equalTo(100));
    asWhapiTenant()
        .get(whapi("/channel/events"))
        .then()
        .statusCode(200)
        .body("items[0].type", equalTo("messages"));
    asWhapiTenant()
        .body("{\"url\": \"https://hooks.example.com/whatsapp\", \"eventType\": \"messages\"}")
        .post(whapi("/channel/webhook-test"))
        .then()
        .statusCode(204);
  }

  @Test
  void readsTheHistoryAndActsOnAMessageOnTheSimulatedWhapi() {
    String message = "/provider-messages/PsobWy36679._7w-wKmB9tMeGQ";
    asWhapiTenant()
        .get(whapi("/provider-messages?chatId=573001234567@s.whatsapp.net"))
        .then()
        .statusCode(200)
        .body("items.text", contains("Hello", "The invoice"));
    asWhapiTenant().get(whapi(message)).then().statusCode(200).body("type", equalTo("text"));
    asWhapiTenant()
        .body("{\"to\": \"120363012345678901@g.us\"}")
        .post(whapi(message + "/forward"))
        .then()
        .statusCode(200)
        .body("providerMessageId", equalTo("Fwd5678abcd-EFGH1234"));
    asWhapiTenant().put(whapi(message + "/star")).then().statusCode(204);
    asWhapiTenant()
        .body("{\"duration\": \"day\"}")
        .put(whapi(message + "/pin"))
        .then()
        .statusCode(204);
    asWhapiTenant().delete(whapi(message + "/reaction")).then().statusCode(204);
  }

  @Test
  void readsContactsAndTheBlocklistOnTheSimulatedWhapi() {
    asWhapiTenant()
        .get(whapi("/contacts"))
        .then()
        .statusCode(200)
        .body("items.contactId", contains("573001234567", "15550100199"));
    asWhapiTenant()
        .get(whapi("/contacts/573001234567"))
        .then()
        .statusCode(200)
        .body("pushName", equalTo("Ana"));
    asWhapiTenant()
        .get(whapi("/contacts/573001234567/profile"))
        .then()
        .statusCode(200)
        .body("about", equalTo("Some Cool About"));
    asWhapiTenant()
        .get(whapi("/contacts/573001234567/lid"))
        .then()
        .statusCode(200)
        .body("lid", equalTo("193845782347@lid"));
    asWhapiTenant()
        .get(whapi("/contacts/blocked"))
        .then()
        .statusCode(200)
        .body("items", contains("15550100199"));
    asWhapiTenant().put(whapi("/contacts/blocked/573001234567")).then().statusCode(204);
    asWhapiTenant().delete(whapi("/contacts/blocked/573001234567")).then().statusCode(204);
  }

  @Test
  void reportsBothSimulatedInstancesConnected() {
    asWhapiTenant()
        .get(whapi("/instance/status"))
        .then()
        .statusCode(200)
        .body("state", equalTo("CONNECTED"))
        .body("phone", equalTo("15550001234"))
        .body("name", equalTo("Demo Store"));
    asAwwwTenant()
        .get(awww("/instance/status"))
        .then()
        .statusCode(200)
        .body("state", equalTo("CONNECTED"))
        .body("phone", nullValue());
  }

  @Test
  void readsAndChangesTheSimulatedProfiles() {
    asWhapiTenant().get(whapi("/profile")).then().statusCode(200).body("name", notNullValue());
    asWhapiTenant()
        .body("{\"name\": \"Demo Shop\"}")
        .patch(whapi("/profile"))
        .then()
        .statusCode(204);
    asAwwwTenant().body("{\"name\": \"Demo Shop\"}").patch(awww("/profile")).then().statusCode(204);
    asAwwwTenant()
        .body("{\"enabled\": true}")
        .put(awww("/settings/auto-read"))
        .then()
        .statusCode(204);
  }

  @Test
  void answersWhapisOwnOperationsInTheirDocumentedShapeWhileSpecificStubsKeepPriority() {
    asWhapiTenant()
        .get(whapi("/whapi/communities?count=10"))
        .then()
        .statusCode(200)
        .body("groups[0].type", equalTo("group"))
        .body("groups[0].participants[0].rank", equalTo("admin"));
    asWhapiTenant()
        .body("{\"name\":\"News\"}")
        .patch(whapi("/whapi/newsletters/120363171744447809@newsletter"))
        .then()
        .statusCode(200)
        .body("id", notNullValue())
        .body("subscribers_count", notNullValue());
    // The hand-written stubs of the unified operations answer as before.
    asWhapiTenant()
        .get(whapi("/instance/status"))
        .then()
        .statusCode(200)
        .body("state", equalTo("CONNECTED"));
  }

  @Test
  void answersEveryGroupOperationOnTheSimulatedWhapi() {
    String group = whapi("/groups/120363012345678901@g.us");
    String members = "{\"participants\": [\"+15550100199\"]}";
    asWhapiTenant().get(whapi("/groups")).then().statusCode(200).body("items", hasSize(1));
    asWhapiTenant()
        .body("{\"subject\": \"Team\", \"participants\": [\"+15550100199\"]}")
        .post(whapi("/groups"))
        .then()
        .statusCode(201);
    asWhapiTenant().get(group).then().statusCode(200).body("name", notNullValue());
    asWhapiTenant().body("{\"subject\": \"Team\"}").patch(group).then().statusCode(204);
    asWhapiTenant()
        .body("{\"url\": \"https://cdn.example.com/team.png\"}")
        .put(group + "/icon")
        .then()
        .statusCode(204);
    asWhapiTenant()
        .body("{\"adminsOnly\": true}")
        .put(group + "/settings/send-messages")
        .then()
        .statusCode(204);
    for (String action : new String[] {"", "/remove"}) {
      asWhapiTenant().body(members).post(group + "/participants" + action).then().statusCode(200);
    }
    for (String action : new String[] {"/promote", "/demote"}) {
      asWhapiTenant().body(members).post(group + "/participants" + action).then().statusCode(204);
    }
    asWhapiTenant().get(group + "/invite").then().statusCode(200);
    asWhapiTenant().delete(group + "/invite").then().statusCode(204);
    asWhapiTenant().get(whapi("/groups/invites/AbCdEfGhIjKlMn12")).then().statusCode(200);
    asWhapiTenant().post(whapi("/groups/invites/AbCdEfGhIjKlMn12/join")).then().statusCode(200);
    asWhapiTenant().get(group + "/join-requests").then().statusCode(200);
    String requester = group + "/join-requests/15550100199@s.whatsapp.net";
    asWhapiTenant().post(requester + "/approve").then().statusCode(204);
    asWhapiTenant().post(requester + "/reject").then().statusCode(204);
    asWhapiTenant().post(group + "/leave").then().statusCode(204);
  }

  @Test
  void answersThePresenceAndAccountOperationsOnTheSimulatedWhapi() {
    String chat = "/presences/573001234567@s.whatsapp.net";
    asWhapiTenant()
        .body("{\"state\": \"online\"}")
        .put(whapi("/presences/me"))
        .then()
        .statusCode(204);
    asWhapiTenant().post(whapi(chat + "/subscription")).then().statusCode(204);
    asWhapiTenant().get(whapi(chat)).then().statusCode(200).body("state", equalTo("online"));
    asWhapiTenant()
        .get(whapi("/instance/pairing-code?phone=573001234567"))
        .then()
        .statusCode(200)
        .body("code", equalTo("123-456"));
    asWhapiTenant()
        .body("{\"about\": \"Open 8-18h\"}")
        .put(whapi("/profile/about"))
        .then()
        .statusCode(204);
    asWhapiTenant()
        .get(whapi("/instance/account"))
        .then()
        .statusCode(200)
        .body("details.plan", equalTo("trial"));
  }
}
