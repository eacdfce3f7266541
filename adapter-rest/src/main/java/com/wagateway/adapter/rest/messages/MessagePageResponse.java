package com.wagateway.adapter.rest.messages;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of sent messages, newest first; pass {@code nextCursor} back as {@code cursor}. */
@Schema(name = "MessagePage")
public record MessagePageResponse(
    List<MessageDetailsResponse> items,
    @Schema(description = "Cursor of the next page; absent on the last page") String nextCursor) {}
