package com.wagateway.application.fake;

import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.port.ProviderApi;
import com.wagateway.domain.providerapi.ProviderOperation;
import com.wagateway.domain.providerapi.ProviderReply;
import com.wagateway.domain.providerapi.ProviderRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A provider API that knows every path (its operation is the request's own method and path),
 * records each call and answers 200 with {@code {}}.
 */
public final class FakeProviderApi implements ProviderApi {
  private final ProviderId provider;
  private final Set<Operation> supported;
  private final List<String> calls = new ArrayList<>();

  public FakeProviderApi(ProviderId provider, Set<Operation> supported) {
    this.provider = provider;
    this.supported = Set.copyOf(supported);
  }

  /** {@code "read GET /groups"}, {@code "change POST /groups"}, in order. */
  public List<String> calls() {
    return List.copyOf(calls);
  }

  @Override
  public ProviderId provider() {
    return provider;
  }

  @Override
  public Set<Operation> supportedOperations() {
    return supported;
  }

  @Override
  public ProviderOperation resolve(TenantId tenant, ProviderRequest request) {
    return new ProviderOperation(request.method(), request.path());
  }

  @Override
  public ProviderReply read(ProviderAccount account, ProviderRequest request) {
    return answer("read", request);
  }

  @Override
  public ProviderReply change(ProviderAccount account, ProviderRequest request) {
    return answer("change", request);
  }

  private ProviderReply answer(String kind, ProviderRequest request) {
    calls.add(kind + " " + request.method() + " " + request.path());
    return new ProviderReply(200, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
  }
}
