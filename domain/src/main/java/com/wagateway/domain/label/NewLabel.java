package com.wagateway.domain.label;

import com.wagateway.domain.model.Require;

/** A label to create: WhatsApp lets the creator choose its id. */
public record NewLabel(LabelId id, String name, LabelColor color) {
  public static final int MAX_NAME = 100;

  public NewLabel {
    Require.present(id, "id");
    name = Require.text(name, "name", 1, MAX_NAME);
    Require.present(color, "color");
  }
}
