package com.wagateway.domain.port;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A port method that changes nothing at the provider, or changes it the same way however often it
 * runs (a read, a mark-read, setting a value): the gateway may repeat it after any provider-side
 * failure. Methods without it (creations, sends, deletions) are repeated only when the provider was
 * never reached.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SafeToRepeat {}
