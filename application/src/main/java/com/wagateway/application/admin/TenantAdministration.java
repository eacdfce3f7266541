package com.wagateway.application.admin;

import com.wagateway.application.paging.Cursors;
import com.wagateway.application.paging.Page;
import com.wagateway.application.port.AuditTrail;
import com.wagateway.application.port.TenantRepository;
import com.wagateway.application.port.UnitOfWork;
import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.error.TenantAlreadyExistsException;
import com.wagateway.domain.error.TenantNotFoundException;
import com.wagateway.domain.model.ApiKeyDigest;
import com.wagateway.domain.model.ProviderCredentials;
import com.wagateway.domain.model.Secret;
import com.wagateway.domain.model.Tenant;
import com.wagateway.domain.model.TenantId;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Use cases of the operator: create, list, read, re-credential, switch provider, rotate the key and
 * delete tenants. Every change is written to the audit trail, secrets only as "changed".
 */
public final class TenantAdministration {
  public static final int MAX_PAGE = 200;

  private final TenantRepository tenants;
  private final AuditTrail audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final Supplier<String> newApiKey;

  public TenantAdministration(
      TenantRepository tenants,
      AuditTrail audit,
      UnitOfWork unitOfWork,
      Clock clock,
      Supplier<String> newApiKey) {
    this.tenants = tenants;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.newApiKey = newApiKey;
  }

  public CreatedTenant create(String actor, TenantId id, ProviderCredentials credentials) {
    Secret key = Secret.of(newApiKey.get());
    Tenant tenant = new Tenant(id, credentials, ApiKeyDigest.of(key.reveal()));
    return unitOfWork.inTransaction(
        () -> {
          tenants.create(tenant);
          record(
              actor,
              "tenant.created",
              id,
              Map.of(
                  "provider",
                  credentials.provider().key(),
                  "credentials",
                  "set",
                  "apiKey",
                  "issued"));
          return new CreatedTenant(tenant, key);
        });
  }

  public Tenant get(TenantId id) {
    return tenants.find(id).orElseThrow(() -> new TenantNotFoundException(id));
  }

  public Page<Tenant> list(String cursor, int limit) {
    Page.requireLimit(limit, MAX_PAGE);
    String after = Cursors.decode(cursor);
    return tenants.list(after == null ? null : new TenantId(after), limit);
  }

  /** New credentials for the provider the tenant is on; moving it is {@link #changeCredentials}. */
  public Tenant updateCredentials(String actor, TenantId id, ProviderCredentials credentials) {
    return unitOfWork.inTransaction(
        () -> {
          Tenant current = get(id);
          if (current.provider() != credentials.provider()) {
            throw new InvalidValueException(
                credentials.provider().key(),
                "tenant is on "
                    + current.provider().key()
                    + ": give its credentials, or change the provider explicitly");
          }
          return replaceCredentials(actor, id, credentials);
        });
  }

  /** New credentials, for the same provider or another one; applies to the very next request. */
  public Tenant changeCredentials(String actor, TenantId id, ProviderCredentials credentials) {
    return unitOfWork.inTransaction(() -> replaceCredentials(actor, id, credentials));
  }

  private Tenant replaceCredentials(String actor, TenantId id, ProviderCredentials credentials) {
    Tenant before = get(id);
    Tenant after = before.withCredentials(credentials);
    if (!tenants.update(after)) {
      throw new TenantNotFoundException(id);
    }
    Map<String, String> changes = new LinkedHashMap<>();
    if (before.provider() != after.provider()) {
      changes.put("provider", before.provider().key() + " -> " + after.provider().key());
    }
    changes.put("credentials", "changed");
    record(
        actor,
        before.provider() != after.provider()
            ? "tenant.provider-changed"
            : "tenant.credentials-changed",
        id,
        changes);
    return after;
  }

  /** A new caller key; the old one stops working at once. */
  public Secret rotateApiKey(String actor, TenantId id) {
    Secret key = Secret.of(newApiKey.get());
    return unitOfWork.inTransaction(
        () -> {
          if (!tenants.update(get(id).withApiKeyDigest(ApiKeyDigest.of(key.reveal())))) {
            throw new TenantNotFoundException(id);
          }
          record(actor, "tenant.api-key-rotated", id, Map.of("apiKey", "changed"));
          return key;
        });
  }

  public void delete(String actor, TenantId id) {
    unitOfWork.inTransaction(
        () -> {
          if (!tenants.delete(id)) {
            throw new TenantNotFoundException(id);
          }
          record(actor, "tenant.deleted", id, Map.of());
          return null;
        });
  }

  /** Creates the tenant unless one with its id exists; for tenants defined in configuration. */
  public boolean seed(
      String actor, TenantId id, ProviderCredentials credentials, ApiKeyDigest key) {
    try {
      return unitOfWork.inTransaction(
          () -> {
            if (tenants.find(id).isPresent()) {
              return false;
            }
            tenants.create(new Tenant(id, credentials, key));
            record(
                actor,
                "tenant.seeded",
                id,
                Map.of(
                    "provider",
                    credentials.provider().key(),
                    "credentials",
                    "set",
                    "apiKey",
                    key == null ? "none" : "set"));
            return true;
          });
    } catch (TenantAlreadyExistsException seededMeanwhile) {
      // Another gateway starting at the same time seeded it between our read and our insert.
      return false;
    }
  }

  public Page<AuditEvent> auditTrail(TenantId tenant, String cursor, int limit) {
    Page.requireLimit(limit, MAX_PAGE);
    String before = Cursors.decode(cursor);
    try {
      return audit.list(tenant, before == null ? null : Long.valueOf(before), limit);
    } catch (NumberFormatException e) {
      throw new InvalidValueException("cursor", "is not a cursor this API returned");
    }
  }

  /** Encodes the position a page ends at, for repositories building their next cursor. */
  public static String cursorAfter(String position) {
    return Cursors.encode(position);
  }

  private void record(String actor, String action, TenantId id, Map<String, String> changes) {
    audit.record(new AuditEvent(null, clock.instant(), actor, action, id, changes));
  }
}
