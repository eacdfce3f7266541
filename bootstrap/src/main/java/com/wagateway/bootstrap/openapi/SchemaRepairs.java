package com.wagateway.bootstrap.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Makes a provider's schemas pass an OpenAPI 3.1 validator once they sit in the gateway's document,
 * without changing what they accept: a {@code default} its own {@code enum} forbids (a mistake in
 * Whapi's document) is dropped, and a {@code $ref} that SmallRye's parser lifted out of an {@code
 * allOf} goes back into it, where validators and Swagger UI expect it beside required properties
 * declared in the other {@code allOf} parts.
 */
final class SchemaRepairs implements OASFilter {
  @Override
  public Schema filterSchema(Schema schema) {
    if (schema.getEnumeration() != null
        && schema.getDefaultValue() != null
        && !schema.getEnumeration().contains(schema.getDefaultValue())) {
      schema.setDefaultValue(null);
    }
    if (schema.getRef() != null && schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
      schema.addAllOf(OASFactory.createSchema().ref(schema.getRef()));
      schema.setRef(null);
    }
    return schema;
  }
}
