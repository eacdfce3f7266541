package com.wagateway.adapter.whapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Whapi operation an adapter method calls, as Whapi's OpenAPI document names it: {@code "POST
 * /messages/text"}, {@code "GET /groups/{GroupID}"}. The coverage test reads these declarations to
 * tell which of Whapi's operations the unified API reaches; the adapter tests check each one
 * against the requests the stub server received.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(Reaches.All.class)
public @interface Reaches {
  /** {@code "METHOD /path"}, the path exactly as in Whapi's OpenAPI document. */
  String value();

  /** The container of repeated declarations. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface All {
    Reaches[] value();
  }
}
