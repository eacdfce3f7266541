package com.wagateway.domain.channel;

/**
 * An event the provider can notify a webhook of: its type ({@code messages}, {@code statuses}...)
 * and the HTTP method it arrives with (a new message is a {@code post}, an edit a {@code patch}).
 */
public record WebhookEvent(String type, String method) {}
