package com.wagateway.domain.contact;

/**
 * What a WhatsApp user shows everyone, saved in the address book or not: name, about text and
 * profile picture (a preview and the full size). Any of them may be {@code null} when the user
 * hides it.
 */
public record ContactProfile(String name, String about, String pictureUrl, String fullPictureUrl) {}
