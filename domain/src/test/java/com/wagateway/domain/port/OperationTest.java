package com.wagateway.domain.port;

import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.domain.message.MessageType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OperationTest {

  @ParameterizedTest
  @EnumSource(MessageType.class)
  void mapsEveryMessageTypeToItsSendOperation(MessageType type) {
    Operation operation = Operation.sending(type);

    assertThat(operation.name()).isEqualTo("SEND_" + type.name());
    assertThat(operation.key()).isEqualTo("messages." + type.path());
  }

  @Test
  void mapsMessageTypesOneToOneOntoTheSendOperations() {
    Set<Operation> sending =
        Arrays.stream(MessageType.values()).map(Operation::sending).collect(Collectors.toSet());

    assertThat(sending)
        .hasSize(MessageType.values().length)
        .containsExactlyInAnyOrderElementsOf(
            EnumSet.range(Operation.SEND_TEXT, Operation.SEND_EVENT));
  }

  @Test
  void hasDistinctStableKeys() {
    assertThat(Arrays.stream(Operation.values()).map(Operation::key))
        .doesNotHaveDuplicates()
        .contains("messages.link-preview", "profile.picture", "settings.auto-read", "instance.qr");
  }
}
