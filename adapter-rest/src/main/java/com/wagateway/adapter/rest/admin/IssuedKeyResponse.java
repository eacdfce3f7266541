package com.wagateway.adapter.rest.admin;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tenant with the caller key just issued to it: shown this once, stored only as a hash. */
@Schema(name = "TenantWithKey")
public record IssuedKeyResponse(
    TenantView tenant,
    @Schema(
            description = "The tenant's caller key, shown only now; keep it in a secret store",
            example = "wagk_3q2…")
        String apiKey) {}
