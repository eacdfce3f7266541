package com.wagateway.bootstrap.openapi;

import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Reference;
import org.eclipse.microprofile.openapi.models.callbacks.Callback;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.links.Link;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Moves a provider's components under a name prefix ({@code Group} becomes {@code WhapiGroup}) and
 * points every {@code $ref} of its document at the new names, so that its components and the
 * gateway's own never clash when both sit in one document. Applied to the provider's document with
 * SmallRye's {@code FilterUtil}, which visits every referencing element, nested ones too. (A {@code
 * $ref} to an example component is left alone: {@link OASFilter} has no hook for examples, and
 * Whapi's documents have no example components.)
 */
final class ComponentNamespace implements OASFilter {
  private static final Pattern LOCAL_REF = Pattern.compile("(#/components/[A-Za-z]+/)(.+)");

  private final String prefix;

  ComponentNamespace(String prefix) {
    this.prefix = prefix;
  }

  /** Adds every component of {@code from}, under its prefixed name, to {@code to}. */
  void copy(Components from, Components to) {
    if (from == null) {
      return;
    }
    copy(from.getSchemas(), to::addSchema);
    copy(from.getParameters(), to::addParameter);
    copy(from.getRequestBodies(), to::addRequestBody);
    copy(from.getResponses(), to::addResponse);
    copy(from.getExamples(), to::addExample);
    copy(from.getHeaders(), to::addHeader);
    copy(from.getLinks(), to::addLink);
    copy(from.getCallbacks(), to::addCallback);
  }

  private <T> void copy(Map<String, T> components, BiConsumer<String, T> add) {
    if (components != null) {
      components.forEach((name, component) -> add.accept(prefix + name, component));
    }
  }

  private <T extends Reference<T>> T renamed(T element) {
    if (element.getRef() != null) {
      Matcher local = LOCAL_REF.matcher(element.getRef());
      if (local.matches()) {
        element.setRef(local.group(1) + prefix + local.group(2));
      }
    }
    return element;
  }

  @Override
  public Schema filterSchema(Schema schema) {
    return renamed(schema);
  }

  @Override
  public Parameter filterParameter(Parameter parameter) {
    return renamed(parameter);
  }

  @Override
  public RequestBody filterRequestBody(RequestBody requestBody) {
    return renamed(requestBody);
  }

  @Override
  public APIResponse filterAPIResponse(APIResponse response) {
    return renamed(response);
  }

  @Override
  public Header filterHeader(Header header) {
    return renamed(header);
  }

  @Override
  public Link filterLink(Link link) {
    return renamed(link);
  }

  @Override
  public Callback filterCallback(Callback callback) {
    return renamed(callback);
  }

  @Override
  public PathItem filterPathItem(PathItem pathItem) {
    return renamed(pathItem);
  }
}
