package com.wagateway.adapter.rest.admin;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a listing; pass {@code nextCursor} back as {@code cursor} for the next one. */
@Schema(name = "TenantPage")
public record PageResponse<T>(
    List<T> items,
    @Schema(description = "Cursor of the next page; absent on the last page") String nextCursor) {}
