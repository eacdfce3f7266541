package com.wagateway.bootstrap.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * One operation of a provider's document as the gateway's provider-specific route offers it: the
 * provider's parameters, body and success answers, under the gateway's tenant parameter and key.
 * Only the 2xx answers are kept, since the route passes those through as they came and turns every
 * other answer into one of the gateway's problems (added for every tenant operation afterwards).
 */
final class RoutedOperation {
  private RoutedOperation() {}

  /**
   * Rewrites {@code operation}, Whapi's {@code method path}, in place.
   *
   * @param provider the provider's name, prefixed to tags, summaries and operation ids
   */
  static Operation adapt(String provider, String method, String path, Operation operation) {
    String whapiOperation = method + " " + path;
    operation.setOperationId(operationId(provider, method, path, operation.getOperationId()));
    operation.setSummary(
        provider
            + ": "
            + (operation.getSummary() == null ? whapiOperation : operation.getSummary()));
    operation.setDescription(description(provider, whapiOperation, operation.getDescription()));
    if (operation.getTags() != null) {
      operation.setTags(operation.getTags().stream().map(tag -> tag(provider, tag)).toList());
    }
    List<Parameter> parameters = new ArrayList<>();
    parameters.add(tenantParameter());
    if (operation.getParameters() != null) {
      parameters.addAll(operation.getParameters());
    }
    operation.setParameters(parameters);
    operation.setSecurity(null); // the gateway's key, declared for the whole document
    operation.setServers(null);
    operation.setCallbacks(null);
    if (operation.getResponses() != null) {
      operation.getResponses().getAPIResponses().keySet().stream()
          .filter(status -> !status.startsWith("2"))
          .toList()
          .forEach(operation.getResponses()::removeAPIResponse);
    }
    return operation;
  }

  /** The gateway's tag for a family of the provider's operations. */
  static String tag(String provider, String providerTag) {
    return provider + ": " + providerTag;
  }

  private static String description(String provider, String operation, String original) {
    String routed =
        provider
            + "-specific: forwards "
            + provider
            + "'s `"
            + operation
            + "` for a tenant on "
            + provider
            + " (a tenant on another provider gets 501 CAPABILITY_NOT_SUPPORTED). The request is"
            + " checked against "
            + provider
            + "'s OpenAPI document before it leaves (400 VALIDATION_FAILED naming the field);"
            + " a 2xx answer comes back as "
            + provider
            + " sent it.";
    return original == null || original.isBlank() ? routed : routed + "\n\n" + original;
  }

  private static String operationId(String provider, String method, String path, String id) {
    String name = id != null ? id : method.toLowerCase(Locale.ROOT) + path.replaceAll("\\W", "_");
    return provider.toLowerCase(Locale.ROOT)
        + Character.toUpperCase(name.charAt(0))
        + name.substring(1);
  }

  private static Parameter tenantParameter() {
    return OASFactory.createParameter()
        .name("tenantId")
        .in(Parameter.In.PATH)
        .required(true)
        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
  }
}
