package com.wagateway.domain.conversation;

/**
 * Whether a phone number has WhatsApp: {@code input} as the caller gave it, and the chat id to
 * write to when it does ({@code null} when it does not).
 */
public record NumberCheck(String input, boolean onWhatsApp, String chatId) {}
