package com.wagateway.bootstrap;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

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
  void reportsBothSimulatedInstancesConnected() {
    asWhapiTenant()
        .get(whapi("/instance/status"))
        .then()
        .statusCode(200)
        .body("state", equalTo("CONNECTED"));
    asAwwwTenant()
        .get(awww("/instance/status"))
        .then()
        .statusCode(200)
        .body("state", equalTo("CONNECTED"));
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
}
