package com.wagateway.bootstrap.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "webhook_attempts")
class AttemptEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "delivery_id", nullable = false, updatable = false, length = 64)
  String deliveryId;

  @Column(nullable = false, updatable = false)
  int number;

  @Column(name = "attempted_at", nullable = false, updatable = false)
  Instant attemptedAt;

  @Column(name = "status_code", updatable = false)
  Integer statusCode;

  @Column(updatable = false, length = 512)
  String error;

  @Column(name = "duration_ms", nullable = false, updatable = false)
  long durationMs;
}
