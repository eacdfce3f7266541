package com.wagateway.adapter.rest.openapi;

import com.wagateway.adapter.rest.events.EventExamples;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Documents the events the gateway posts to subscribers as OpenAPI 3.1 {@code webhooks}: one entry
 * per event type, its body the {@code WebhookEvent} schema with a delivered example.
 */
final class EventWebhooks {
  static final String SCHEMA = "#/components/schemas/WebhookEvent";

  private EventWebhooks() {}

  static void document(OpenAPI openAPI) {
    EventExamples.BY_TYPE.forEach(
        (type, example) ->
            openAPI.addWebhook(
                type,
                OASFactory.createPathItem()
                    .POST(
                        OASFactory.createOperation()
                            .operationId("event-" + type.replace('.', '-'))
                            .tags(java.util.List.of("Events (to subscribers)"))
                            .summary("The gateway posts a " + type + " event")
                            .description(
                                "Sent to every subscription of the tenant that lists "
                                    + type
                                    + " or *, signed with Standard Webhooks headers"
                                    + " (webhook-id, webhook-timestamp, webhook-signature).")
                            .requestBody(
                                OASFactory.createRequestBody()
                                    .required(true)
                                    .content(
                                        OASFactory.createContent()
                                            .addMediaType(
                                                "application/json",
                                                OASFactory.createMediaType()
                                                    .schema(OASFactory.createSchema().ref(SCHEMA))
                                                    .addExample(
                                                        type,
                                                        OASFactory.createExample()
                                                            .value(example)))))
                            .responses(
                                OASFactory.createAPIResponses()
                                    .addAPIResponse(
                                        "2XX",
                                        OASFactory.createAPIResponse()
                                            .description(
                                                "Received; any other answer is retried"))))));
  }
}
