package com.wagateway.adapter.rest.labels;

import com.wagateway.domain.label.LabelColor;
import com.wagateway.domain.label.LabelId;
import com.wagateway.domain.label.NewLabel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A label to create; WhatsApp lets its creator choose the id. */
@Schema(name = "CreateLabelRequest")
public record CreateLabelRequest(
    @NotNull
        @LabelIds.Label
        @Schema(description = "The new label's id (Whapi takes 1 or 2 digits)", example = "7")
        String labelId,
    @NotBlank @Size(max = NewLabel.MAX_NAME) @Schema(example = "VIP customer") String name,
    @NotNull
        @Schema(
            description =
                "salmon, lightskyblue, gold, plum, silver, mediumturquoise, violet, goldenrod,"
                    + " cornflowerblue, greenyellow, cyan, lightpink, mediumaquamarine, orangered,"
                    + " deepskyblue, limegreen, darkorange, lightsteelblue, mediumpurple or"
                    + " rebeccapurple",
            example = "gold")
        String color) {

  NewLabel toLabel() {
    return new NewLabel(new LabelId(labelId), name, LabelColor.of(color));
  }
}
