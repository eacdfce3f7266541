package com.wagateway.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.domain.message.MessageContent;
import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.message.Recipient;
import com.wagateway.domain.message.SentMessage;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.port.Completions;
import com.wagateway.domain.port.MessageSender;
import com.wagateway.domain.port.Operation;
import org.junit.jupiter.api.Test;

/** What every {@link MessageSender} must do, whatever provider it speaks to. */
public abstract class MessageSenderContract extends ProviderFailureContract {

  protected abstract MessageSender sender();

  protected abstract ProviderAccount account();

  /** The provider accepts the next text send and answers with this message id. */
  protected abstract void providerAcceptsTextSend(String providerMessageId);

  /** Asserts the provider received exactly one text send to these digits with this body. */
  protected abstract void assertProviderReceivedText(String digits, String body);

  protected OutboundMessage hello() {
    return new OutboundMessage(
        Recipient.parse("+57 300 123 4567"),
        new MessageContent.Text("Hello from the contract", null, null));
  }

  @Override
  protected void callProvider() {
    Completions.join(sender().send(account(), hello()));
  }

  @Test
  void declaresTextAsSupported() {
    assertThat(sender().supportedOperations()).contains(Operation.SEND_TEXT);
    assertThat(sender().provider()).isEqualTo(account().provider());
  }

  @Test
  void sendsTextAndReturnsTheProvidersMessageId() {
    providerAcceptsTextSend("contract-msg-1");

    SentMessage sent = Completions.join(sender().send(account(), hello()));

    assertThat(sent.providerMessageId()).isEqualTo("contract-msg-1");
    assertProviderReceivedText("573001234567", "Hello from the contract");
  }

  @Test
  void declaresOnlySendOperations() {
    assertThat(sender().supportedOperations())
        .allSatisfy(op -> assertThat(op.key()).startsWith("messages."));
  }
}
