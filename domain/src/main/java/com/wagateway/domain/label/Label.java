package com.wagateway.domain.label;

/**
 * A label of the tenant's WhatsApp Business account. {@code color} is the provider's word, kept as
 * given so that a colour added after this gateway was built still lists; {@code count} is how many
 * chats and messages carry the label.
 */
public record Label(LabelId id, String name, String color, int count) {}
