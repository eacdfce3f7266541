package com.wagateway.domain.providerapi;

/** The provider's successful answer, passed back as it came: status, content type and body. */
public record ProviderReply(int status, String contentType, byte[] body) {
  public ProviderReply {
    body = body == null ? new byte[0] : body;
  }
}
