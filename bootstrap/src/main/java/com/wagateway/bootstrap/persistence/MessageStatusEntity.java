package com.wagateway.bootstrap.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code message_status_history}: one status a message reached, append-only. */
@Entity
@Table(name = "message_status_history")
class MessageStatusEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "message_id", nullable = false, updatable = false, length = 64)
  String messageId;

  @Column(nullable = false, updatable = false, length = 16)
  String status;

  @Column(nullable = false, updatable = false)
  Instant at;

  @Override
  public String toString() {
    return "MessageStatusEntity[message=" + messageId + ", status=" + status + "]";
  }
}
