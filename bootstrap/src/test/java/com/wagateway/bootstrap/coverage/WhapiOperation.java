package com.wagateway.bootstrap.coverage;

/**
 * One operation of Whapi's reference: {@code method} and {@code path} as its OpenAPI document (or,
 * for {@code seedOnly}, the seed reference) writes them, and the family (the spec's tag) it is in.
 */
public record WhapiOperation(String method, String path, String family, boolean seedOnly) {
  /** {@code "POST /messages/text"}, the form {@code @Reaches} and the exclusion table use. */
  public String key() {
    return method + " " + path;
  }
}
