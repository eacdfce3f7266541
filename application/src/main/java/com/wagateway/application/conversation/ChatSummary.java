package com.wagateway.application.conversation;

import com.wagateway.domain.event.ChatKind;

/**
 * A conversation as the gateway saw it: its last message (either direction) and how many received
 * messages came after the tenant last wrote in it and are not marked read.
 */
public record ChatSummary(String chatId, ChatKind kind, ConversationItem lastMessage, int unread) {}
