package com.wagateway.application.label;

import com.wagateway.application.tenant.ProviderRouter;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.label.Label;
import com.wagateway.domain.label.LabelId;
import com.wagateway.domain.label.Labelled;
import com.wagateway.domain.label.NewLabel;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Labels;
import com.wagateway.domain.port.Operation;
import java.util.List;

/**
 * Use cases of the tenant's WhatsApp Business labels: list, create, see what carries one, put one
 * on or take one off a chat or a message. Each goes to the tenant's provider, after the capability
 * check.
 */
public final class ManageLabels {
  private final TenantResolver tenants;
  private final ProviderRouter router;

  public ManageLabels(TenantResolver tenants, ProviderRouter router) {
    this.tenants = tenants;
    this.router = router;
  }

  public List<Label> list(TenantId tenantId) {
    ProviderAccount account = account(tenantId);
    return labels(account, Operation.LABELS_LIST).list(account);
  }

  public void create(TenantId tenantId, NewLabel label) {
    ProviderAccount account = account(tenantId);
    labels(account, Operation.LABELS_CREATE).create(account, label);
  }

  public Labelled labelled(TenantId tenantId, LabelId label) {
    ProviderAccount account = account(tenantId);
    return labels(account, Operation.LABELS_READ).labelled(account, label);
  }

  public void labelChat(TenantId tenantId, LabelId label, String chatId) {
    ProviderAccount account = account(tenantId);
    labels(account, Operation.LABELS_ASSIGN).labelChat(account, label, chatId);
  }

  public void unlabelChat(TenantId tenantId, LabelId label, String chatId) {
    ProviderAccount account = account(tenantId);
    labels(account, Operation.LABELS_REMOVE).unlabelChat(account, label, chatId);
  }

  public void labelMessage(TenantId tenantId, LabelId label, String providerMessageId) {
    ProviderAccount account = account(tenantId);
    labels(account, Operation.LABELS_ASSIGN).labelMessage(account, label, providerMessageId);
  }

  public void unlabelMessage(TenantId tenantId, LabelId label, String providerMessageId) {
    ProviderAccount account = account(tenantId);
    labels(account, Operation.LABELS_REMOVE).unlabelMessage(account, label, providerMessageId);
  }

  private ProviderAccount account(TenantId tenantId) {
    return tenants.require(tenantId).account();
  }

  private Labels labels(ProviderAccount account, Operation operation) {
    return router.port(Labels.class, account, operation);
  }
}
