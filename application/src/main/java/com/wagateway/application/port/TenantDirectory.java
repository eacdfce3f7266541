package com.wagateway.application.port;

import com.wagateway.domain.model.ApiKeyDigest;
import com.wagateway.domain.model.Tenant;
import com.wagateway.domain.model.TenantId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Where the serving path reads tenants; read on every request, so changes apply at once. */
public interface TenantDirectory {

  Optional<Tenant> find(TenantId id);

  /** The tenant whose callers use the key with this digest. */
  Optional<Tenant> findByApiKey(ApiKeyDigest digest);

  /**
   * As {@link #find}, for a caller that must not block (an event loop): the stage completes at once
   * when the answer is at hand, else from a thread that may block. The default reads in the calling
   * thread, right for directories that never block; any other must override it.
   */
  default CompletionStage<Optional<Tenant>> findLater(TenantId id) {
    return CompletableFuture.completedFuture(find(id));
  }

  /** As {@link #findByApiKey}, under the rules of {@link #findLater}. */
  default CompletionStage<Optional<Tenant>> findByApiKeyLater(ApiKeyDigest digest) {
    return CompletableFuture.completedFuture(findByApiKey(digest));
  }
}
