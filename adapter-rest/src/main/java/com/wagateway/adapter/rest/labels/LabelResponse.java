package com.wagateway.adapter.rest.labels;

import com.wagateway.domain.label.Label;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One label of the tenant's WhatsApp Business account. */
@Schema(name = "Label")
public record LabelResponse(
    @Schema(example = "7") String labelId,
    @Schema(example = "VIP customer") String name,
    @Schema(description = "The provider's colour name", example = "gold") String color,
    @Schema(description = "Chats and messages that carry it", example = "3") int count) {

  static LabelResponse of(Label label) {
    return new LabelResponse(label.id().value(), label.name(), label.color(), label.count());
  }

  /** Every label at once: WhatsApp Business keeps few, so the list is not paged. */
  @Schema(name = "LabelList")
  public record ListResponse(List<LabelResponse> items) {}
}
