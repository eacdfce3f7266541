package com.wagateway.domain.channel;

import java.util.List;

/**
 * The limits of a trial channel: how many messages it may send, which chats it may write to, how
 * many phone numbers it may check and how many requests it may make. A paid channel has none.
 */
public record ChannelLimits(int messages, List<String> chats, int checks, int requests) {
  public ChannelLimits {
    chats = List.copyOf(chats);
  }
}
