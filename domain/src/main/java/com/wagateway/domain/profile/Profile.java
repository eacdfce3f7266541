package com.wagateway.domain.profile;

/** The business profile as WhatsApp shows it; any field may be unknown ({@code null}). */
public record Profile(String name, String description, String pictureUrl) {}
