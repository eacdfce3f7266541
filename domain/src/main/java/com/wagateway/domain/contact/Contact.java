package com.wagateway.domain.contact;

/**
 * A WhatsApp contact as the provider knows it. {@code contactId} is the provider's word, kept as
 * given; {@code name} is the address-book name, {@code pushName} the name the user chose; {@code
 * saved} says whether the number is in the address book. Any text may be {@code null}.
 */
public record Contact(
    String contactId,
    String name,
    String pushName,
    boolean business,
    String status,
    String pictureUrl,
    String fullPictureUrl,
    boolean saved) {}
