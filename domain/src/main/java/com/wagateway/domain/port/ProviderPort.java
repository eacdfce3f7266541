package com.wagateway.domain.port;

import com.wagateway.domain.model.ProviderId;
import java.util.Set;

/** What every port implementation declares: the provider it speaks to and what it can do. */
public interface ProviderPort {

  ProviderId provider();

  /** The operations of this port that the provider supports; the core refuses the rest. */
  Set<Operation> supportedOperations();
}
