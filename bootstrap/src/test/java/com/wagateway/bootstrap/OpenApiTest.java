package com.wagateway.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The OpenAPI document is complete enough to generate clients and to enjoy in Swagger UI. */
@QuarkusTest
class OpenApiTest extends GatewayTest {
  private static final String WHAPI = "/v1/tenants/{tenantId}/whapi/";

  static JsonPath openApi() {
    return given()
        .accept("application/json")
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void documentsEveryOperationOfTheContract() {
    Map<String, Object> paths = openApi().getMap("paths");

    assertThat(paths.keySet())
        .contains(
            "/v1/tenants/{tenantId}/messages/text",
            "/v1/tenants/{tenantId}/messages/link-preview",
            "/v1/tenants/{tenantId}/messages/reaction",
            "/v1/tenants/{tenantId}/profile",
            "/v1/tenants/{tenantId}/profile/picture",
            "/v1/tenants/{tenantId}/settings/auto-read",
            "/v1/tenants/{tenantId}/settings/webhook",
            "/v1/tenants/{tenantId}/subscriptions",
            "/v1/tenants/{tenantId}/subscriptions/{subscriptionId}",
            "/v1/tenants/{tenantId}/deliveries",
            "/v1/tenants/{tenantId}/deliveries/{deliveryId}",
            "/v1/tenants/{tenantId}/deliveries/{deliveryId}/replay",
            "/v1/tenants/{tenantId}/instance/status",
            "/v1/tenants/{tenantId}/instance/qr",
            "/v1/tenants/{tenantId}/instance/logout",
            "/v1/tenants/{tenantId}/capabilities",
            "/v1/tenants/{tenantId}/media",
            "/v1/tenants/{tenantId}/media/{mediaId}");
    assertThat(
            paths.keySet().stream()
                .filter(
                    p ->
                        p.startsWith("/v1/tenants/{tenantId}/messages/")
                            && !p.contains("{messageId}")))
        .hasSize(19);
  }

  @Test
  void documentsEveryEventTypeAsAWebhookWithTheEventSchemaAndAnExample() {
    JsonPath doc = openApi();
    Map<String, Map<String, Map<String, Object>>> webhooks = doc.getMap("webhooks");

    assertThat(webhooks.keySet())
        .containsExactly(
            "message.received",
            "message.status",
            "message.reaction",
            "message.edited",
            "message.deleted",
            "poll.vote",
            "instance.status");
    assertThat(
            doc.getString(
                "webhooks.'message.received'.post.requestBody.content.'application/json'.schema.$ref"))
        .isEqualTo("#/components/schemas/WebhookEvent");
    assertThat(
            doc.getString(
                "webhooks.'message.received'.post.requestBody.content.'application/json'"
                    + ".examples.'message.received'.value"))
        .contains("\"downloadUrl\"");
    assertThat(doc.getList("components.schemas.WebhookEvent.properties.data.oneOf")).hasSize(7);
    assertThat(doc.getMap("components.schemas.MessageReceivedData.properties"))
        .containsKeys(
            "chat",
            "sender",
            "quoted",
            "media",
            "location",
            "contacts",
            "poll",
            "interactiveReply",
            "linkPreview",
            "raw");
  }

  @Test
  void documentsTheMediaOperationsWithTheirOwnStatusesAndBothUploadForms() {
    JsonPath doc = openApi();
    String download = "paths.'/v1/tenants/{tenantId}/media/{mediaId}'.get";
    String upload = "paths.'/v1/tenants/{tenantId}/media'.post";

    assertThat(doc.getList(download + ".tags", String.class)).containsExactly("Media");
    assertThat(doc.getMap(download + ".responses").keySet()).contains("200", "404");
    assertThat(doc.getMap(download + ".responses.'200'.content").keySet()).contains("*/*");
    assertThat(doc.getList(upload + ".tags", String.class)).containsExactly("Media");
    assertThat(doc.getMap(upload + ".responses").keySet()).contains("201", "413", "415");
    assertThat(doc.getMap(upload + ".requestBody.content").keySet())
        .contains("*/*", "multipart/form-data");
    assertThat(doc.getMap(upload + ".responses.'201'.content.'application/json'.examples"))
        .isNotEmpty();
  }

  @Test
  void documentsTheLabelsAndTheMediaLibraryUnderTheirTags() {
    JsonPath doc = openApi();
    String labelChat = "paths.'/v1/tenants/{tenantId}/labels/{labelId}/chats/{chatId}'.put";
    String listMedia = "paths.'/v1/tenants/{tenantId}/media'.get";

    assertThat(doc.getList(labelChat + ".tags", String.class)).containsExactly("Labels");
    assertThat(doc.getMap(labelChat + ".responses").keySet()).contains("204", "400", "404", "422");
    assertThat(doc.getList("paths.'/v1/tenants/{tenantId}/labels'.post.tags", String.class))
        .containsExactly("Labels");
    assertThat(doc.getList(listMedia + ".tags", String.class)).containsExactly("Media");
    assertThat(doc.getMap(listMedia + ".responses.'200'.content.'application/json'.examples"))
        .isNotEmpty();
    assertThat(doc.getList("tags.name", String.class)).contains("Labels");
  }

  @Test
  void givesEveryOperationAUniqueIdForClientGenerators() {
    Map<String, Map<String, Map<String, Object>>> paths = openApi().getMap("paths");
    java.util.List<Object> ids = new java.util.ArrayList<>();
    paths
        .values()
        .forEach(operations -> operations.values().forEach(o -> ids.add(o.get("operationId"))));

    assertThat(ids).doesNotContainNull().doesNotHaveDuplicates();
  }

  @Test
  void givesEveryOperationASummaryDescriptionAndItsProblemStatuses() {
    JsonPath doc = openApi();
    Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
    paths.forEach(
        (path, operations) ->
            operations.forEach(
                (method, operation) -> {
                  String where = method + " " + path;
                  assertThat(operation.get("summary")).as(where).isNotNull();
                  assertThat(operation.get("description")).as(where).isNotNull();
                  @SuppressWarnings("unchecked")
                  Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                  if (path.startsWith("/v1/tenants/")) {
                    assertThat(responses.keySet())
                        .as(where)
                        .contains("400", "401", "403", "404", "429", "501", "502", "503", "504");
                  } else if (path.startsWith("/v1/admin/")) {
                    assertThat(responses.keySet()).as(where).contains("400", "401", "403");
                  } else {
                    assertThat(responses.keySet()).as(where).contains("200", "401");
                  }
                }));
  }

  @Test
  void documentsThe503OfAnOverloadedGatewayOnSendsOnly() {
    JsonPath doc = openApi();
    String send = "paths.'/v1/tenants/{tenantId}/messages/text'.post.responses.'503'";
    String read = "paths.'/v1/tenants/{tenantId}/messages/{messageId}'.get.responses.'503'";

    assertThat(doc.getMap(send + ".content.'application/problem+json'.examples").keySet())
        .containsExactlyInAnyOrder("PROVIDER_UNAVAILABLE", "GATEWAY_OVERLOADED");
    assertThat(doc.getMap(send + ".headers").keySet()).containsExactly("Retry-After");
    assertThat(doc.getString(send + ".description")).contains("Gateway overloaded");
    assertThat(doc.getMap(read + ".content.'application/problem+json'.examples").keySet())
        .containsExactly("PROVIDER_UNAVAILABLE");
  }

  @Test
  void givesEveryRequestBodyOfTheGatewaysOwnOperationsAnExample() {
    Map<String, Map<String, Map<String, Object>>> paths = openApi().getMap("paths");
    paths.forEach(
        (path, operations) ->
            operations.forEach(
                (method, operation) -> {
                  if (operation.containsKey("requestBody") && !path.startsWith(WHAPI)) {
                    assertThat(operation.get("requestBody").toString())
                        .as(method + " " + path)
                        .contains("examples");
                  }
                }));
  }

  @Test
  void documentsEachWhapiSpecificOperationWithWhapisParametersAndTheGatewaysProblems() {
    JsonPath doc = openApi();
    String groups = "paths.'" + WHAPI + "communities'.get";

    assertThat(doc.getList(groups + ".tags", String.class)).containsExactly("Whapi: Communities");
    assertThat(doc.getString(groups + ".summary")).isEqualTo("Whapi: Get communities");
    assertThat(doc.getString(groups + ".description"))
        .contains("Whapi-specific", "`GET /communities`");
    assertThat(doc.getString(groups + ".operationId")).isEqualTo("whapiGetCommunities");
    assertThat(doc.getString(groups + ".parameters[0].name")).isEqualTo("tenantId");
    assertThat(doc.getString(groups + ".parameters[0].example")).isEqualTo("acme");
    assertThat(doc.getList(groups + ".parameters.$ref", String.class))
        .contains("#/components/parameters/Whapicount", "#/components/parameters/Whapioffset");
    assertThat(doc.getInt("components.parameters.Whapicount.schema.maximum")).isEqualTo(500);
    assertThat(doc.getInt("components.parameters.Whapicount.schema.default")).isEqualTo(100);
    assertThat(doc.getString(groups + ".responses.'200'.$ref"))
        .isEqualTo("#/components/responses/WhapiCommunityList");
    assertThat(doc.getMap(groups + ".responses").keySet())
        .contains("200", "400", "401", "403", "404", "429", "501", "502", "503", "504");
    assertThat(
            doc.getMap(groups + ".responses.'501'.content.'application/problem+json'.examples")
                .keySet())
        .containsExactly("CAPABILITY_NOT_SUPPORTED");
    assertThat(
            doc.getMap(groups + ".responses.'400'.content.'application/problem+json'.examples")
                .keySet())
        .contains("VALIDATION_FAILED");
    assertThat(doc.getString(groups + ".security")).isNull();
    Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
    assertThat(
            paths.entrySet().stream()
                .filter(path -> path.getKey().startsWith(WHAPI))
                .flatMap(path -> path.getValue().values().stream())
                .filter(operation -> operation.get("requestBody") != null)
                .filter(operation -> operation.get("requestBody").toString().contains("example")))
        .as("Whapi-specific bodies that keep Whapi's example")
        .isNotEmpty();
    assertThat(doc.getList("tags.name", String.class))
        .contains("Whapi: Communities", "Whapi: Newsletters");
  }

  @Test
  void givesEveryIdParameterOfTheWhapiSpecificOperationsAnExampleWhapiAccepts() {
    JsonPath doc = openApi();
    String community = "paths.'" + WHAPI + "communities/{CommunityID}'.get.parameters.$ref";

    assertThat(doc.getList(community, String.class))
        .contains("#/components/parameters/WhapiCommunityID");
    assertThat(doc.getString("components.parameters.WhapiCommunityID.example"))
        .matches("^[\\d-]{10,31}@g\\.us$");
    assertThat(doc.getString("components.parameters.WhapiNewsletterID.example"))
        .matches("^[\\d]{10,18}@newsletter$");
    assertThat(doc.getString("components.schemas.WhapiChatID.example"))
        .matches("^[\\d-]{10,31}@[\\w\\.]{1,}$");
    Map<String, Map<String, Object>> parameters = doc.getMap("components.parameters");
    assertThat(
            parameters.entrySet().stream()
                .filter(parameter -> "path".equals(parameter.getValue().get("in")))
                .filter(parameter -> parameter.getValue().get("example") == null)
                .map(Map.Entry::getKey))
        .as("Whapi path parameters without an example (enums show their values instead)")
        .containsOnly("WhapiMediaMessageType");
  }

  @Test
  void leavesOutTheWhapiOperationsTheUnifiedApiReaches() {
    Map<String, Map<String, Object>> paths = openApi().getMap("paths");

    assertThat(paths)
        .doesNotContainKeys(
            WHAPI + "messages/text",
            WHAPI + "health",
            WHAPI + "groups",
            WHAPI + "messages/{MessageID}",
            WHAPI + "messages/list");
    assertThat(paths.get(WHAPI + "groups/{GroupID}/icon").keySet())
        .doesNotContain("put")
        .contains("get", "delete");
  }

  @Test
  void pointsEveryReferenceAtAComponentOfTheDocument() {
    String json = given().accept("application/json").get("/q/openapi?format=json").asString();
    JsonPath doc = JsonPath.from(json);
    Matcher ref =
        Pattern.compile("\"\\$ref\"\\s*:\\s*\"#/components/(\\w+)/([^\"]+)\"").matcher(json);
    int refs = 0;
    while (ref.find()) {
      refs++;
      assertThat(doc.getMap("components." + ref.group(1)).keySet())
          .as(ref.group())
          .contains(ref.group(2));
    }
    assertThat(refs).isGreaterThan(100);
    assertThat(doc.getMap("components.schemas").keySet())
        .contains("Problem", "WhapiGroupID", "WhapiResponseError");
  }

  @Test
  void declaresTheBearerSchemeSoAuthorizeWorks() {
    JsonPath doc = openApi();
    assertThat(doc.getString("components.securitySchemes.apiKey.scheme")).isEqualTo("bearer");
    assertThat(doc.getList("security", Map.class)).isNotEmpty();
  }

  @Test
  void documentsTheProblemSchemaWithItsCode() {
    assertThat(openApi().getMap("components.schemas.Problem.properties").keySet())
        .contains("type", "title", "status", "detail", "instance", "code", "violations");
  }

  @Test
  void servesSwaggerUi() {
    given().get("/q/swagger-ui/").then().statusCode(200);
  }
}
