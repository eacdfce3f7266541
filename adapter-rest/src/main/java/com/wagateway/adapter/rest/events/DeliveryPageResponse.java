package com.wagateway.adapter.rest.events;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of deliveries, newest first. */
@Schema(name = "DeliveryPage")
public record DeliveryPageResponse(
    List<DeliveryResponse> items,
    @Schema(description = "Cursor of the next page; absent on the last page") String nextCursor) {}
